using Fandom.Data.Entities;
using Fandom.Web.Services;
using Fandom.Web.Services.Editorial;
using Fandom.Web.Services.Site;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fandom.Tests.Support;

/// <summary>An article a test made: its id, its title and where readers find it.</summary>
public sealed record ArticleRef(int Id, string Slug, string Title)
{
    public string Url => $"/articles/{Slug}";
}

/// <summary>Articles in every state readers must or must not see, made through the editorial services.</summary>
public static class TestArticles
{
    /// <summary>
    /// An article by <paramref name="author"/> (a new author when none is given) in <paramref name="status"/>:
    /// published by default, scheduled when <paramref name="publishAtUtc"/> is in the future. A draft is created
    /// and left; one in review is submitted; an archived one is published, then archived, so it must leave every
    /// reader surface.
    /// </summary>
    public static async Task<ArticleRef> ArticleAsync(this FandomApp app, string? title = null, string body = "Body text.",
        IReadOnlyList<int>? categories = null, IReadOnlyList<string>? tags = null, StaffCredentials? author = null,
        DateTime? publishAtUtc = null, string? dek = "A dek", string? contentNotes = null, ArticleStatus status = ArticleStatus.Published)
    {
        title ??= $"Story {Guid.NewGuid():N}";
        author ??= await app.CreateStaffAsync(Roles.Author);
        await using var scope = app.Services.CreateAsyncScope();
        var editorial = scope.ServiceProvider.GetRequiredService<EditorialService>();
        var actor = new Actor(author.Id, author.DisplayName);
        var draft = new ArticleDraft(title, dek, body, categories ?? [], tags ?? [], contentNotes, null, null, null, null, null, null);
        var id = await editorial.CreateAsync(draft, actor);
        var transition = status switch
        {
            ArticleStatus.InReview => ArticleTransition.SubmitForReview,
            ArticleStatus.Published or ArticleStatus.Archived => ArticleTransition.Publish,
            _ => ArticleTransition.None,
        };
        if (transition != ArticleTransition.None)
        {
            var stamp = (await editorial.EditableAsync(id))!.ConcurrencyStamp;
            Assert.Null((await editorial.SaveAsync(id, draft with { ConcurrencyStamp = stamp, PublishAtUtc = publishAtUtc }, transition, actor)).Error);
        }
        var article = new ArticleRef(id, (await editorial.EditableAsync(id))!.Slug, title);
        if (status == ArticleStatus.Archived)
        {
            await app.WithDbAsync(db => db.Articles.Where(a => a.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ArticleStatus.Archived)));
            await app.WithServiceAsync<ReaderCacheInvalidation, bool>(async cache => { await cache.PublishedContentChangedAsync(); return true; });
        }
        return article;
    }

    /// <summary>The audit log's actions on an article, oldest first.</summary>
    public static Task<List<string>> AuditActionsAsync(this FandomApp app, int articleId) => app.WithDbAsync(db => Task.FromResult(
        db.AuditEvents.Where(e => e.TargetType == nameof(Article) && e.TargetId == articleId.ToString()).OrderBy(e => e.Id).Select(e => e.Action).ToList()));
}
