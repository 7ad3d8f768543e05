using System.Security.Claims;
using System.Text.Json;
using Fandom.Data.Entities;
using Fandom.Web.Authorization;
using Fandom.Web.Services;
using Fandom.Web.Services.Editorial;

namespace Fandom.Web.Areas.Editorial.Models;

/// <summary>
/// Builds the article editor's view model from the services it shows: the form, what the user may do (from the
/// rights <see cref="ArticleAccessAttribute"/> loaded for the request), their autosave, who else is editing, the
/// pre-publish checklist and the share links. Kept out of the controller so its actions stay one call each.
/// It only reads: the editor's own presence is written by the page's heartbeat, not by opening it.
/// </summary>
public sealed class ArticleFormViewModelBuilder(EditorialService editorial, ArticleAuthorization authorization, AutosaveService autosaves,
    EditorPreviewService previews, PreviewLinkService links, TimeProvider clock)
{
    public DateTime NowUtc => clock.UtcNow();

    /// <summary>What the user may do to the article the new-article form will create (the form's buttons and its posts).</summary>
    public Task<ArticleRights> RightsForNewAsync(ClaimsPrincipal user) => authorization.ForNewAsync(user);

    /// <summary>The editor as opened: from this user's autosave if one is waiting, else from the saved article.</summary>
    /// <param name="zone">The zone the editor types times in (<see cref="Controllers.EditorialController"/>'s EditorZone).</param>
    public async Task<ArticleFormViewModel> OpenAsync(EditableArticle article, ClaimsPrincipal user, TimeZoneInfo zone, string? newPreviewUrl, CancellationToken ct)
    {
        var input = ArticleInputModel.From(article, zone);
        var autosave = await autosaves.FindAsync(article.Id, Actor.From(user), ct);
        if (autosave is not null && JsonSerializer.Deserialize<ArticleInputModel>(autosave.Payload) is { } typed)
        {
            // The restored form keeps the stamp it was typed against, so a save over someone else's newer version is a conflict.
            typed.ConcurrencyStamp = autosave.BaseStamp;
            input = typed;
        }
        var form = await FormAsync(input, article, user, zone, ct);
        return form with { RestoredAutosaveUtc = autosave?.SavedAtUtc, NewPreviewUrl = newPreviewUrl };
    }

    public async Task<ArticleFormViewModel> FormAsync(ArticleInputModel input, EditableArticle? article, ClaimsPrincipal user, TimeZoneInfo zone, CancellationToken ct)
    {
        var categories = await editorial.CategoryChoicesAsync(ct);
        // A new article's first screen offers what the user may do to the draft it will create.
        var loaded = article is null ? await RightsForNewAsync(user) : authorization.Current;
        var rights = new EditorRights(
            (article?.Status ?? ArticleStatus.Draft) == ArticleStatus.Draft && loaded.May(ArticleOperations.Submit),
            loaded.May(ArticleOperations.Publish),
            article is not null && loaded.May(ArticleOperations.Delete));
        IReadOnlyList<string> others = [];
        IReadOnlyList<PreviewLinkSummary> shareLinks = [];
        if (article is not null)
        {
            others = await autosaves.OthersEditingAsync(article.Id, Actor.From(user), ct);
            shareLinks = await links.ListAsync(article.Id, ct);
        }
        var preview = await previews.RenderAsync(article?.Id, input.Dek, input.SeoDescription, input.Body, ct);
        return new ArticleFormViewModel(input, article, categories, rights, zone)
        {
            OthersEditing = others, Warnings = preview.Warnings, PreviewLinks = shareLinks, NowUtc = clock.UtcNow(),
        };
    }

    /// <summary>The form refused as stale: the user's text stays in the form, the current version beside it.</summary>
    public async Task<ArticleFormViewModel> ConflictAsync(ArticleInputModel input, EditableArticle current, ClaimsPrincipal user, TimeZoneInfo zone, CancellationToken ct)
    {
        var form = await FormAsync(input, current, user, zone, ct);
        return form with { Conflict = current, ConflictDiff = RevisionService.Diff("Body", current.Body, input.Body) };
    }
}
