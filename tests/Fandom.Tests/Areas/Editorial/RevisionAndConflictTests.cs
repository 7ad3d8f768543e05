using System.Net;
using System.Text.Json;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Tests.Areas.Editorial;

/// <summary>Revisions (compare, restore, pin), autosave recovery and edit conflicts, over HTTP.</summary>
public abstract class RevisionAndConflictTests(FandomApp app)
{
    private static async Task<string> SaveBodyAsync(BrowserSession session, int id, string body)
    {
        var response = await session.SubmitAsync(await session.GetAsync($"/editorial/articles/{id}"), "form.editor-form", new() { ["Body"] = body });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return body;
    }

    [Fact]
    public async Task Two_revisions_compare_side_by_side_with_the_changed_lines_marked()
    {
        var author = await app.CreateStaffAsync(Roles.Author);
        var article = await app.ArticleAsync("Diffed", "Line one.\nLine two.\nLine three.", author: author, status: ArticleStatus.Draft);
        using var session = await app.SignInAsync(author);
        await SaveBodyAsync(session, article.Id, "Line one.\nLine 2, rewritten.\nLine three.\nLine four.");

        var history = await session.GetAsync($"/editorial/articles/{article.Id}/revisions");
        Assert.Equal(2, history.QuerySelectorAll("table.revisions tbody tr").Length);
        var from = history.QuerySelector("input[name=from][checked]")!.GetAttribute("value");
        var to = history.QuerySelector("input[name=to][checked]")!.GetAttribute("value");
        var page = await session.GetAsync($"/editorial/articles/{article.Id}/revisions/compare?from={from}&to={to}");

        var body = page.QuerySelectorAll(".diff-field").Single(s => s.QuerySelector("h2")!.TextContent == "Body");
        Assert.Equal("Line two.", body.QuerySelector("td.diff-modified del, td.diff-deleted del")!.TextContent);
        Assert.Equal(["Line 2, rewritten.", "Line four."], body.QuerySelectorAll("td ins").Select(i => i.TextContent).ToArray());
        Assert.Equal("Line one.", body.QuerySelector("td.diff-unchanged")!.TextContent);
        Assert.DoesNotContain(page.QuerySelectorAll(".diff-field h2"), h => h.TextContent == "Title");
    }

    [Fact]
    public async Task Restoring_a_revision_brings_its_text_back_as_a_new_revision()
    {
        var author = await app.CreateStaffAsync(Roles.Author);
        var article = await app.ArticleAsync("Restorable", "The original.", author: author, status: ArticleStatus.Draft);
        using var session = await app.SignInAsync(author);
        await SaveBodyAsync(session, article.Id, "A worse version.");
        var original = await app.WithDbAsync(db => db.ArticleRevisions.Where(r => r.ArticleId == article.Id).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync());

        var history = await session.GetAsync($"/editorial/articles/{article.Id}/revisions");
        var restored = await session.SubmitAsync(history, $"form#restore-{original}");
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);

        var editor = await session.GetAsync($"/editorial/articles/{article.Id}");
        Assert.Equal("The original.", editor.QuerySelector("textarea#Body")!.TextContent);
        var bodies = await app.WithDbAsync(db => db.ArticleRevisions.Where(r => r.ArticleId == article.Id).OrderBy(r => r.Id).Select(r => r.Body).ToListAsync());
        Assert.Equal(["The original.", "A worse version.", "The original."], bodies);
        Assert.Contains("article.restore", await app.AuditActionsAsync(article.Id));
    }

    [Fact]
    public async Task A_pinned_revision_survives_retention_while_old_unpinned_ones_are_thinned()
    {
        var author = await app.CreateStaffAsync(Roles.Author);
        var article = await app.ArticleAsync("Long history", "v1", author: author, status: ArticleStatus.Draft);
        using var session = await app.SignInAsync(author);
        await SaveBodyAsync(session, article.Id, "v2");
        await SaveBodyAsync(session, article.Id, "v3");
        var first = await app.WithDbAsync(db => db.ArticleRevisions.Where(r => r.ArticleId == article.Id).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync());
        var history = await session.GetAsync($"/editorial/articles/{article.Id}/revisions");
        Assert.Equal(HttpStatusCode.Redirect, (await session.SubmitAsync(history, $"form#pin-{first}")).StatusCode);
        Assert.NotNull((await session.GetAsync($"/editorial/articles/{article.Id}/revisions")).QuerySelector($"#revision-{first} .badge"));

        // Three saves on one day, then 30 days later another: the day keeps its newest save, and the pinned first one.
        app.Clock.Advance(TimeSpan.FromDays(30));
        using var later = await app.SignInAsync(author);
        await SaveBodyAsync(later, article.Id, "v4");
        var bodies = await app.WithDbAsync(db => db.ArticleRevisions.Where(r => r.ArticleId == article.Id).OrderBy(r => r.Id).Select(r => r.Body).ToListAsync());
        Assert.Equal(["v1", "v3", "v4"], bodies);
    }

    [Fact]
    public async Task Autosaved_typing_is_restored_when_the_editor_is_reopened_after_a_closed_tab()
    {
        var author = await app.CreateStaffAsync(Roles.Author);
        var article = await app.ArticleAsync("Crash test", "Saved text.", author: author, status: ArticleStatus.Draft);
        using var session = await app.SignInAsync(author);
        var page = await session.GetAsync($"/editorial/articles/{article.Id}");
        var form = page.QuerySelector("form.editor-form")!;
        Assert.Equal($"/editorial/articles/{article.Id}/autosave", form.GetAttribute("data-autosave-url"));

        // What editor.js sends a few seconds after typing: the whole form, to the autosave address.
        var typed = await session.PostAsync($"/editorial/articles/{article.Id}/autosave", new()
        {
            ["Title"] = "Crash test", ["Body"] = "Typed but never saved.",
            ["ConcurrencyStamp"] = page.QuerySelector("input[name=ConcurrencyStamp]")!.GetAttribute("value")!,
        });
        Assert.Equal(HttpStatusCode.OK, typed.StatusCode);
        Assert.NotNull(JsonDocument.Parse(await typed.Content.ReadAsStringAsync()).RootElement.GetProperty("savedAt").GetString());
        Assert.Equal("Saved text.", await app.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).Select(a => a.Body).SingleAsync()));

        // The tab closes; later the editor is opened again.
        var reopened = await session.GetAsync($"/editorial/articles/{article.Id}");
        Assert.Equal("Typed but never saved.", reopened.QuerySelector("textarea#Body")!.TextContent);
        Assert.StartsWith("Restored your unsaved changes from ", reopened.QuerySelector(".autosave-notice p")!.TextContent);

        // Saving the restored text is not a conflict: the autosave never changed the article's version.
        var saved = await session.SubmitAsync(reopened, "form.editor-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Typed but never saved.", await app.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).Select(a => a.Body).SingleAsync()));
        Assert.Null((await session.GetAsync($"/editorial/articles/{article.Id}")).QuerySelector(".autosave-notice"));
        Assert.False(await app.WithDbAsync(db => db.ArticleAutosaves.AnyAsync(a => a.ArticleId == article.Id)));
    }

    [Fact]
    public async Task An_autosave_publishes_nothing()
    {
        var article = await app.ArticleAsync("Live and autosaved", "Live text.");
        var revisions = await app.WithDbAsync(db => db.ArticleRevisions.CountAsync(r => r.ArticleId == article.Id));
        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        var typed = await editor.PostAsync($"/editorial/articles/{article.Id}/autosave", new()
        {
            ["Title"] = "Live and autosaved", ["Body"] = "Half-finished rewrite", ["ConcurrencyStamp"] = await CurrentStampAsync(article.Id),
        });
        Assert.Equal(HttpStatusCode.OK, typed.StatusCode);
        var page = await new BrowserSession(app.Reader()).GetAsync(article.Url);
        Assert.Equal("Live text.", page.QuerySelector(".article-body")!.TextContent.Trim());
        Assert.Equal(revisions, await app.WithDbAsync(db => db.ArticleRevisions.CountAsync(r => r.ArticleId == article.Id)));
    }

    [Fact]
    public async Task The_editor_shows_who_else_has_the_article_open()
    {
        var article = await app.ArticleAsync(author: await app.CreateStaffAsync(Roles.Author), status: ArticleStatus.InReview);
        // Opening the editor records nothing; the page's script sends the first heartbeat as it loads, as here.
        using var priya = await app.SignInAsync(await app.CreateStaffAsync(Roles.Editor, "Priya Presence"));
        var opened = await priya.GetAsync($"/editorial/articles/{article.Id}");
        await priya.PostWithTokenAsync(opened, $"/editorial/articles/{article.Id}/presence");
        await app.DeferredWritesDoneAsync();

        using var other = await app.SignInAsNewAsync(Roles.Editor);
        var page = await other.GetAsync($"/editorial/articles/{article.Id}");
        Assert.Equal("Priya Presence is also editing this article.", page.QuerySelector("#presence")!.TextContent.Trim());
        await other.PostWithTokenAsync(page, $"/editorial/articles/{article.Id}/presence");
        await app.DeferredWritesDoneAsync();

        var heartbeat = await priya.PostAsync($"/editorial/articles/{article.Id}/presence");
        var others = JsonDocument.Parse(await heartbeat.Content.ReadAsStringAsync()).RootElement.GetProperty("others");
        Assert.Equal(1, others.GetArrayLength());

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True((await other.GetAsync($"/editorial/articles/{article.Id}")).QuerySelector("#presence")!.HasAttribute("hidden"));
    }

    [Fact]
    public async Task A_stale_save_is_refused_showing_both_versions_and_the_differences()
    {
        var article = await app.ArticleAsync("Contested", "Shared first line.", author: await app.CreateStaffAsync(Roles.Author), status: ArticleStatus.InReview);
        using var mine = await app.SignInAsNewAsync(Roles.Editor);
        using var theirs = await app.SignInAsNewAsync(Roles.Editor);
        var myPage = await mine.GetAsync($"/editorial/articles/{article.Id}");
        await SaveBodyAsync(theirs, article.Id, "Shared first line.\nTheir addition.");

        var refused = await mine.SubmitAsync(myPage, "form.editor-form", new() { ["Body"] = "Shared first line.\nMy addition." });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await BrowserSession.ParseAsync(refused);
        Assert.Equal("Shared first line.\nMy addition.", page.QuerySelector("textarea#Body")!.TextContent);
        Assert.Equal("Shared first line.\nTheir addition.", page.QuerySelector(".conflict-body")!.TextContent);
        Assert.Equal("Shared first line.\nMy addition.", page.QuerySelector(".conflict-mine")!.TextContent);
        Assert.Equal("Their addition.", page.QuerySelector(".conflict .diff del")!.TextContent);
        Assert.Equal("My addition.", page.QuerySelector(".conflict .diff ins")!.TextContent);

        // Having seen the current version, saving again deliberately replaces it.
        Assert.Equal(HttpStatusCode.Redirect, (await mine.SubmitAsync(page, "form.editor-form")).StatusCode);
        Assert.Equal("Shared first line.\nMy addition.", await app.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).Select(a => a.Body).SingleAsync()));
    }

    [Fact]
    public async Task A_scheduled_article_going_live_raises_no_conflict_for_an_open_editor()
    {
        var at = app.Clock.GetUtcNow().UtcDateTime.AddMinutes(10);
        var article = await app.ArticleAsync("Going live while open", publishAtUtc: at, author: await app.CreateStaffAsync(Roles.Author));
        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        var page = await editor.GetAsync($"/editorial/articles/{article.Id}");

        app.Clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(HttpStatusCode.OK, (await app.Reader().GetAsync(article.Url)).StatusCode);
        var saved = await editor.SubmitAsync(page, "form.editor-form", new() { ["Body"] = "A typo fixed after going live." });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    private Task<string> CurrentStampAsync(int id) =>
        app.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.ConcurrencyStamp).SingleAsync());
}

public sealed class RevisionAndConflictTestsOnSqlite(SqliteApp app) : RevisionAndConflictTests(app), IClassFixture<SqliteApp>;

public sealed class RevisionAndConflictTestsOnPostgres(PostgresApp app) : RevisionAndConflictTests(app), IClassFixture<PostgresApp>;
