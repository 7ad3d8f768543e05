using System.Text.Json;
using Fandom.Web.Areas.Editorial.Models;
using Fandom.Web.Authorization;
using Fandom.Web.Infrastructure.Faults;
using Fandom.Web.Services;
using Fandom.Web.Services.Editorial;
using Fandom.Web.Services.Site;
using Microsoft.AspNetCore.Mvc;

namespace Fandom.Web.Areas.Editorial.Controllers;

/// <summary>What the article editor calls while someone types: live preview, autosave, presence heartbeat.</summary>
[Route("/editorial/articles")]
public sealed class EditorSupportController(AutosaveService autosaves, EditorPreviewService previews, FaultLog faults) : EditorialController
{
    /// <summary>
    /// The body rendered exactly as readers will get it, the pre-publish checklist, the publish time as it will be
    /// confirmed (in the editor's zone and in UTC), and the word count and reading time the article page will show,
    /// so the editor sees them all while typing.
    /// </summary>
    [HttpPost("preview"), ArticleAccess(nameof(ArticleOperations.Edit), IdArgument = "articleId")]
    public async Task<IActionResult> Preview(int? articleId, string? dek, string? seoDescription, string? body, DateTime? publishAt, CancellationToken ct)
    {
        var preview = await previews.RenderAsync(articleId, dek, seoDescription, body, ct);
        var schedule = publishAt is { } at ? ScheduleText.Publishes(at, EditorZone) : "";
        return Json(new { html = preview.Html, warnings = preview.Warnings, schedule, words = preview.WordCount, minutes = preview.ReadingMinutes });
    }

    /// <summary>
    /// Stores the form as typed, for this user only; validation waits for a real save. When the database cannot
    /// take it, a 503 with the reason in <c>error</c>: the text stays in the page, which says it is not saved.
    /// </summary>
    [HttpPost("{id:int}/autosave"), ArticleAccess(nameof(ArticleOperations.Edit))]
    public async Task<IActionResult> Autosave(int id, ArticleInputModel input, CancellationToken ct)
    {
        try
        {
            var savedAt = await autosaves.SaveAsync(id, Actor, JsonSerializer.Serialize(input), input.ConcurrencyStamp, ct);
            return Json(new { savedAt = SiteTime.FromUtc(savedAt, EditorZone).ToString("HH:mm:ss") });
        }
        catch (Exception e) when (DatabaseFaults.Find(e) is not null)
        {
            faults.Report("Autosaving an article", e);
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Json(new { error = "Not autosaved: the database cannot take changes right now. Keep this page open; your text is still here." });
        }
    }

    [HttpPost("{id:int}/autosave/discard"), ArticleAccess(nameof(ArticleOperations.Edit))]
    public async Task<IActionResult> DiscardAutosave(int id, CancellationToken ct)
    {
        await autosaves.DiscardAsync(id, Actor, ct);
        TempData[Fandom.Web.Models.StatusMessage.Key] = "Unsaved changes discarded.";
        return RedirectToAction(nameof(ArticlesController.Edit), "Articles", new { id });
    }

    /// <summary>Marks this user as having the article open; answers who else does.</summary>
    [HttpPost("{id:int}/presence"), ArticleAccess(nameof(ArticleOperations.Edit))]
    public async Task<IActionResult> Presence(int id, CancellationToken ct)
    {
        return Json(new { others = await autosaves.HeartbeatAsync(id, Actor, ct) });
    }
}
