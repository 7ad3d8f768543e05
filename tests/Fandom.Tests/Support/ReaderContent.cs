using Fandom.Data.Entities;
using Fandom.Web.Services;
using Fandom.Web.Services.Editorial;
using Fandom.Web.Services.Site;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fandom.Tests.Support;

/// <summary>An article a reader test sets up: where it lives and what it is filed under.</summary>
public sealed record ReaderArticle(int Id, string Slug, string Title)
{
    public string Url => $"/articles/{Slug}";
}

/// <summary>Content in every state readers must or must not see, made through the editorial services.</summary>
public static class ReaderContent
{
    /// <summary>A published (or, with a future <paramref name="publishAtUtc"/>, scheduled) article.</summary>
    public static Task<ReaderArticle> ArticleAsync(this FandomApp app, string title, string body = "Body text.",
        IReadOnlyList<int>? categories = null, IReadOnlyList<string>? tags = null, StaffCredentials? author = null,
        DateTime? publishAtUtc = null, string? dek = "A dek", string? contentNotes = null) =>
        app.SaveAsync(title, body, categories, tags, author, publishAtUtc, dek, contentNotes, ArticleTransition.Publish);

    public static Task<ReaderArticle> DraftAsync(this FandomApp app, string title, string body = "Body text.",
        IReadOnlyList<int>? categories = null, IReadOnlyList<string>? tags = null, StaffCredentials? author = null) =>
        app.SaveAsync(title, body, categories, tags, author, null, "A dek", null, ArticleTransition.None);

    /// <summary>Published once, then archived: it must leave every reader surface.</summary>
    public static async Task<ReaderArticle> ArchivedAsync(this FandomApp app, string title, string body = "Body text.",
        IReadOnlyList<int>? categories = null, IReadOnlyList<string>? tags = null, StaffCredentials? author = null)
    {
        var article = await app.ArticleAsync(title, body, categories, tags, author);
        await app.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ArticleStatus.Archived)));
        await app.WithServiceAsync<ReaderCacheInvalidation, bool>(async changes => { await changes.PublishedContentChangedAsync(); return true; });
        return article;
    }

    public static DateTime Now(this FandomApp app) => app.Clock.GetUtcNow().UtcDateTime;

    public static Task<int> TagIdAsync(this FandomApp app, string slug) =>
        app.WithDbAsync(db => db.Tags.Where(t => t.Slug == slug).Select(t => t.Id).SingleAsync());

    public static Task<string> AuthorSlugAsync(this FandomApp app, StaffCredentials author) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Id == author.Id).Select(u => u.Slug).SingleAsync());

    private static async Task<ReaderArticle> SaveAsync(this FandomApp app, string title, string body,
        IReadOnlyList<int>? categories, IReadOnlyList<string>? tags, StaffCredentials? author, DateTime? publishAtUtc,
        string? dek, string? contentNotes, ArticleTransition transition)
    {
        author ??= await app.CreateStaffAsync(Roles.Author);
        await using var scope = app.Services.CreateAsyncScope();
        var editorial = scope.ServiceProvider.GetRequiredService<EditorialService>();
        var actor = new Actor(author.Id, author.DisplayName);
        var draft = new ArticleDraft(title, dek, body, categories ?? [], tags ?? [], contentNotes, null, null, null, null, null, null);
        var (_, id) = await editorial.CreateAsync(draft, actor);
        var stamp = (await editorial.EditableAsync(id))!.ConcurrencyStamp;
        var outcome = await editorial.SaveAsync(id, draft with { ConcurrencyStamp = stamp, PublishAtUtc = publishAtUtc }, transition, actor);
        Assert.Equal(SaveOutcome.Saved, outcome);
        var slug = (await editorial.EditableAsync(id))!.Slug;
        return new ReaderArticle(id, slug, title);
    }
}
