using Fandom.Data.Entities;
using Fandom.Web.Services;
using Fandom.Web.Services.Editorial;
using Microsoft.Extensions.DependencyInjection;

namespace Fandom.Tests.Support;

/// <summary>Articles in a given workflow state, made through the services, and staff posts with an antiforgery token.</summary>
public static class EditorialFixtures
{
    public static async Task<ArticleRef> ArticleInStateAsync(this FandomApp app, StaffCredentials author, ArticleStatus status,
        string? title = null, string body = "Body text.", DateTime? publishAtUtc = null, IReadOnlyList<int>? categoryIds = null, IReadOnlyList<string>? tags = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var editorial = scope.ServiceProvider.GetRequiredService<EditorialService>();
        var actor = new Actor(author.Id, author.DisplayName);
        var draft = new ArticleDraft(title ?? $"Story {Guid.NewGuid():N}", "A dek", body, categoryIds ?? [], tags ?? [], null, null, null, null, null, null, null);
        var (_, id) = await editorial.CreateAsync(draft, actor);
        var transition = status switch
        {
            ArticleStatus.InReview => ArticleTransition.SubmitForReview,
            ArticleStatus.Published => ArticleTransition.Publish,
            _ => ArticleTransition.None,
        };
        if (transition != ArticleTransition.None)
        {
            var stamp = (await editorial.EditableAsync(id))!.ConcurrencyStamp;
            Assert.Equal(SaveOutcome.Saved, await editorial.SaveAsync(id, draft with { ConcurrencyStamp = stamp, PublishAtUtc = publishAtUtc }, transition, actor));
        }
        return new ArticleRef(id, (await editorial.EditableAsync(id))!.Slug);
    }

    /// <summary>Posts form fields as the signed-in user would, with the antiforgery token of any page they can see.</summary>
    public static async Task<HttpResponseMessage> PostAsync(this BrowserSession session, string url, Dictionary<string, string>? fields = null)
    {
        var page = await session.GetAsync("/");
        var values = new Dictionary<string, string>(fields ?? []);
        if (page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") is { } token)
            values["__RequestVerificationToken"] = token;
        return await session.Client.PostAsync(url, new FormUrlEncodedContent(values));
    }

    public static Task<List<string>> AuditActionsAsync(this FandomApp app, int articleId) => app.WithDbAsync(db => Task.FromResult(
        db.AuditEvents.Where(e => e.TargetType == nameof(Article) && e.TargetId == articleId.ToString()).OrderBy(e => e.Id).Select(e => e.Action).ToList()));
}
