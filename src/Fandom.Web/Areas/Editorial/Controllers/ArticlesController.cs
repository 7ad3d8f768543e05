using Fandom.Web.Areas.Editorial.Models;
using Fandom.Web.Authorization;
using Fandom.Web.Models;
using Fandom.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Fandom.Web.Areas.Editorial.Controllers;

[Route("/editorial/articles")]
public sealed class ArticlesController(EditorialService editorial, IAuthorizationService authorization, SiteTime time) : EditorialController
{
    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken ct) =>
        View("Edit", await FormAsync(new ArticleInputModel(), null, ct));

    [HttpPost("new")]
    public async Task<IActionResult> New(ArticleInputModel input, CancellationToken ct)
    {
        if (!ModelState.IsValid) return View("Edit", await FormAsync(input, null, ct));
        var (_, id) = await editorial.CreateAsync(input.ToDraft(EditorZone), Actor.From(User), ct);
        TempData[StatusMessage.Key] = "Draft saved.";
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var article = await editorial.EditableAsync(id, ct);
        if (article is null) return NotFound();
        if (!await MayAsync(id, ArticleOperations.Edit)) return Forbid();
        return View(await FormAsync(ArticleInputModel.From(article, EditorZone), article, ct));
    }

    [HttpPost("{id:int}")]
    public Task<IActionResult> Edit(int id, ArticleInputModel input, CancellationToken ct) =>
        SaveAsync(id, input, ArticleTransition.None, ArticleOperations.Edit, "Draft saved.", ct);

    [HttpPost("{id:int}/submit")]
    public Task<IActionResult> Submit(int id, ArticleInputModel input, CancellationToken ct) =>
        SaveAsync(id, input, ArticleTransition.SubmitForReview, ArticleOperations.Submit, "Submitted for review.", ct);

    [HttpPost("{id:int}/publish")]
    public Task<IActionResult> Publish(int id, ArticleInputModel input, CancellationToken ct) =>
        SaveAsync(id, input, ArticleTransition.Publish, ArticleOperations.Publish, "Published.", ct);

    private async Task<IActionResult> SaveAsync(int id, ArticleInputModel input, ArticleTransition transition,
        OperationAuthorizationRequirement operation, string done, CancellationToken ct)
    {
        if (!await MayAsync(id, operation)) return Forbid();
        var current = await editorial.EditableAsync(id, ct);
        if (current is null) return NotFound();
        if (!ModelState.IsValid) return View(nameof(Edit), await FormAsync(input, current, ct));

        var outcome = await editorial.SaveAsync(id, input.ToDraft(EditorZone), transition, Actor.From(User), ct);
        switch (outcome)
        {
            case SaveOutcome.NotFound:
                return NotFound();
            case SaveOutcome.SlugTaken:
                ModelState.AddModelError(nameof(input.Slug), "Another article already uses this slug.");
                return View(nameof(Edit), await FormAsync(input, current, ct));
            case SaveOutcome.Conflict:
                ModelState.AddModelError("", $"Someone else saved this article since you opened it. Your text is below, unsaved; " +
                    "the current version is shown beside it. Copy what you need, then save again.");
                // The next save is a deliberate overwrite of the version shown beside the form.
                input.ConcurrencyStamp = current.ConcurrencyStamp;
                ModelState.Remove(nameof(input.ConcurrencyStamp));
                var form = await FormAsync(input, current, ct);
                return View(nameof(Edit), form with { Conflict = current });
        }
        TempData[StatusMessage.Key] = done;
        return RedirectToAction(nameof(Edit), new { id });
    }

    private async Task<bool> MayAsync(int id, OperationAuthorizationRequirement operation)
    {
        var access = await editorial.AccessAsync(id);
        // An article that does not exist is nobody's to touch; the action then answers 404.
        if (access is null) return true;
        return (await authorization.AuthorizeAsync(User, access, operation)).Succeeded;
    }

    private async Task<ArticleFormViewModel> FormAsync(ArticleInputModel input, EditableArticle? article, CancellationToken ct)
    {
        var categories = await editorial.CategoryChoicesAsync(ct);
        var maySubmit = article is { Status: Fandom.Data.Entities.ArticleStatus.Draft } && await MayAsync(article.Id, ArticleOperations.Submit);
        var mayPublish = article is not null && await MayAsync(article.Id, ArticleOperations.Publish);
        return new ArticleFormViewModel(input, article, categories, maySubmit, mayPublish, EditorZone);
    }

    /// <summary>The zone this editor types times in: their profile's, else the site's.</summary>
    private TimeZoneInfo EditorZone => User.FindFirst(Actor.TimeZoneClaim)?.Value is { } zone ? SiteTime.Find(zone) : time.SiteZone;
}
