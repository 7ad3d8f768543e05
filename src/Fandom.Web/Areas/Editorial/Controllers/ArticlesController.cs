using Fandom.Web.Areas.Editorial.Models;
using Fandom.Web.Authorization;
using Fandom.Web.Infrastructure.Faults;
using Fandom.Web.Models;
using Fandom.Web.Services;
using Fandom.Web.Services.Articles;
using Fandom.Web.Services.Editorial;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Fandom.Web.Areas.Editorial.Controllers;

/// <summary>The article editor and the transitions that travel with a save.</summary>
[Route("/editorial/articles")]
public sealed class ArticlesController(EditorialService editorial, ArticleFormViewModelBuilder forms, FaultLog faults) : EditorialController
{
    /// <summary>TempData key of a share link created by the previous request, shown once.</summary>
    public const string NewPreviewUrlKey = "NewPreviewUrl";

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken ct) =>
        View("Edit", await forms.FormAsync(new ArticleInputModel(), null, User, EditorZone, ct));

    [HttpPost("new")]
    public Task<IActionResult> New(ArticleInputModel input, CancellationToken ct) => CreateAsync(input, ArticleTransition.None, ct);

    [HttpPost("new/submit")]
    public Task<IActionResult> SubmitNew(ArticleInputModel input, CancellationToken ct) => CreateAsync(input, ArticleTransition.SubmitForReview, ct);

    [HttpPost("new/publish")]
    public Task<IActionResult> PublishNew(ArticleInputModel input, CancellationToken ct) => CreateAsync(input, ArticleTransition.Publish, ct);

    [HttpPost("new/schedule")]
    public Task<IActionResult> ScheduleNew(ArticleInputModel input, CancellationToken ct) => CreateAsync(input, ArticleTransition.Schedule, ct);

    /// <summary>The first screen's buttons: create the article and, in the same step, submit, schedule or publish it.</summary>
    private async Task<IActionResult> CreateAsync(ArticleInputModel input, ArticleTransition transition, CancellationToken ct)
    {
        // No article exists yet, so [ArticleAccess] has nothing to load: the same rules are asked about the draft to be.
        if (OperationOf(transition) is { } operation && !(await forms.RightsForNewAsync(User)).May(operation)) return Forbid();
        var zone = EditorZone;
        if (!ModelState.IsValid) return View("Edit", await forms.FormAsync(input, null, User, zone, ct));
        Outcome<int, SaveError> outcome;
        try
        {
            outcome = await editorial.CreateAsync(input.ToDraft(zone), transition, Actor, ct);
        }
        catch (Exception e) when (DatabaseFaults.Find(e) is { } fault)
        {
            return await NotSavedAsync(e, fault, input, null, ct);
        }
        if (outcome.Error == SaveError.NotInFuture)
        {
            ModelState.AddModelError(nameof(input.PublishAt), ScheduleNeedsFutureTime);
            return View("Edit", await forms.FormAsync(input, null, User, zone, ct));
        }
        return await SavedAsync(outcome.Value, transition, zone, ct);
    }

    [HttpGet("{id:int}"), ArticleAccess(nameof(ArticleOperations.Edit))]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var article = await editorial.EditableAsync(id, ct);
        if (article is null) return NotFound();
        return View(await forms.OpenAsync(article, User, EditorZone, TempData[NewPreviewUrlKey] as string, ct));
    }

    [HttpPost("{id:int}"), ArticleAccess(nameof(ArticleOperations.Edit))]
    public Task<IActionResult> Edit(int id, ArticleInputModel input, CancellationToken ct) => SaveAsync(id, input, ArticleTransition.None, ct);

    [HttpPost("{id:int}/submit"), ArticleAccess(nameof(ArticleOperations.Submit))]
    public Task<IActionResult> Submit(int id, ArticleInputModel input, CancellationToken ct) => SaveAsync(id, input, ArticleTransition.SubmitForReview, ct);

    [HttpPost("{id:int}/publish"), ArticleAccess(nameof(ArticleOperations.Publish))]
    public Task<IActionResult> Publish(int id, ArticleInputModel input, CancellationToken ct) => SaveAsync(id, input, ArticleTransition.Publish, ct);

    [HttpPost("{id:int}/schedule"), ArticleAccess(nameof(ArticleOperations.Schedule))]
    public Task<IActionResult> Schedule(int id, ArticleInputModel input, CancellationToken ct) => SaveAsync(id, input, ArticleTransition.Schedule, ct);

    [HttpPost("{id:int}/request-changes"), ArticleAccess(nameof(ArticleOperations.RequestChanges))]
    public Task<IActionResult> RequestChanges(int id, ArticleInputModel input, CancellationToken ct) => SaveAsync(id, input, ArticleTransition.RequestChanges, ct);

    private async Task<IActionResult> SaveAsync(int id, ArticleInputModel input, ArticleTransition transition, CancellationToken ct)
    {
        var current = await editorial.EditableAsync(id, ct);
        if (current is null) return NotFound();
        var zone = EditorZone;
        if (!ModelState.IsValid) return View(nameof(Edit), await forms.FormAsync(input, current, User, zone, ct));

        Outcome<SaveError> outcome;
        try
        {
            outcome = await editorial.SaveAsync(id, input.ToDraft(zone), transition, Actor, ct);
        }
        catch (Exception e) when (DatabaseFaults.Find(e) is { } fault)
        {
            return await NotSavedAsync(e, fault, input, current, ct);
        }
        switch (outcome.Error)
        {
            case SaveError.NotFound:
                return NotFound();
            case SaveError.SlugTaken:
                ModelState.AddModelError(nameof(input.Slug), "Another article already uses this slug.");
                return View(nameof(Edit), await forms.FormAsync(input, current, User, zone, ct));
            case SaveError.NotInFuture:
                ModelState.AddModelError(nameof(input.PublishAt), ScheduleNeedsFutureTime);
                return View(nameof(Edit), await forms.FormAsync(input, current, User, zone, ct));
            case SaveError.NotInReview:
                ModelState.AddModelError("", "Only an article in review can be sent back with changes requested.");
                return View(nameof(Edit), await forms.FormAsync(input, current, User, zone, ct));
            case SaveError.Conflict:
                ModelState.AddModelError("", "Someone else saved this article since you opened it. Your version is in the form, unsaved; " +
                    "the current version is shown beside it. Copy what you need, then save again to replace it.");
                // The next save is a deliberate overwrite of the version shown beside the form.
                input.ConcurrencyStamp = current.ConcurrencyStamp;
                ModelState.Remove(nameof(input.ConcurrencyStamp));
                return View(nameof(Edit), await forms.ConflictAsync(input, current, User, zone, ct));
        }
        return await SavedAsync(id, transition, zone, ct);
    }

    private const string ScheduleNeedsFutureTime = "To schedule, set Publish at to a time in the future.";

    private static OperationAuthorizationRequirement? OperationOf(ArticleTransition transition) => transition switch
    {
        ArticleTransition.SubmitForReview => ArticleOperations.Submit,
        ArticleTransition.Publish => ArticleOperations.Publish,
        ArticleTransition.Schedule => ArticleOperations.Schedule,
        ArticleTransition.RequestChanges => ArticleOperations.RequestChanges,
        _ => null,
    };

    /// <summary>Says what the save did, in the editor's zone for a schedule, and goes back to the editor.</summary>
    private async Task<IActionResult> SavedAsync(int id, ArticleTransition transition, TimeZoneInfo zone, CancellationToken ct)
    {
        var saved = await editorial.EditableAsync(id, ct);
        var scheduled = saved is not null && ArticleVisibility.IsScheduledAt(saved.Status, saved.PublishAtUtc, forms.NowUtc);
        TempData[StatusMessage.Key] = transition switch
        {
            ArticleTransition.SubmitForReview => "Submitted for review.",
            ArticleTransition.RequestChanges => "Changes requested: the article is back with its author, with your note.",
            ArticleTransition.Schedule or ArticleTransition.Publish when scheduled => $"Scheduled: publishes {ScheduleText.BothZones(saved!.PublishAtUtc!.Value, zone)}.",
            ArticleTransition.Publish => "Published.",
            _ => "Draft saved.",
        };
        return RedirectToAction(nameof(Edit), new { id });
    }

    /// <summary>
    /// A save the database refused (full, read-only, not answering) is the form again, with the writer's text as
    /// sent and words that say nothing was saved: a 503, so scripts and the autosave see the failure too.
    /// </summary>
    private async Task<IActionResult> NotSavedAsync(Exception error, DatabaseFault fault, ArticleInputModel input, EditableArticle? current, CancellationToken ct)
    {
        faults.Report("Saving an article", error);
        var why = fault.Kind switch
        {
            DatabaseFaultKind.Full => "its disk is full",
            DatabaseFaultKind.ReadOnly => "it is read-only",
            _ => "it is not answering",
        };
        ModelState.AddModelError("", $"Nothing was saved: the database cannot take changes right now ({why}). " +
            "Your text is still in the form below; keep this page open and save again in a moment, or copy your text somewhere safe.");
        Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return View(nameof(Edit), await forms.FormAsync(input, current, User, EditorZone, ct));
    }
}
