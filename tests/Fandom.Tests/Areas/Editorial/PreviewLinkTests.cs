using System.Net;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Tests.Areas.Editorial;

/// <summary>Preview share links: a draft exactly as readers will see it, for as long as the link lives.</summary>
public abstract class PreviewLinkTests(FandomApp app)
{
    private async Task<(BrowserSession Session, ArticleRef Article, string Url)> LinkAsync()
    {
        var author = await app.CreateStaffAsync(Roles.Author);
        var article = await app.ArticleAsync($"Sneak peek {Guid.NewGuid():N}"[..20], "## Not yet\n\nSecret **draft** text.", author: author, status: ArticleStatus.Draft);
        var session = await app.SignInAsync(author);
        var created = await session.PostAsync($"/editorial/articles/{article.Id}/preview-links");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var editor = await session.GetAsync($"/editorial/articles/{article.Id}");
        var url = new Uri(editor.QuerySelector("#new-preview-url")!.GetAttribute("value")!).PathAndQuery;
        return (session, article, url);
    }

    [Fact]
    public async Task A_preview_link_shows_the_draft_as_the_reader_page_would_and_is_not_indexed()
    {
        var (session, article, url) = await LinkAsync();
        using var _ = session;
        Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().GetAsync(article.Url)).StatusCode);

        var response = await app.Reader().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("noindex", response.Headers.GetValues("X-Robots-Tag").Single());
        var page = await BrowserSession.ParseAsync(response);
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.StartsWith("Sneak peek", page.QuerySelector("h1.article-title")!.TextContent);
        Assert.Equal("Not yet", page.QuerySelector(".article-body h2")!.TextContent);
        Assert.Equal("draft", page.QuerySelector(".article-body strong")!.TextContent);

        // Only a hash of the token is stored, and the link is shown once.
        var token = url["/preview/".Length..];
        Assert.False(await app.WithDbAsync(db => db.PreviewLinks.AnyAsync(l => l.TokenHash == token)));
        Assert.Null((await session.GetAsync($"/editorial/articles/{article.Id}")).QuerySelector("#new-preview-url"));
    }

    [Fact]
    public async Task A_preview_link_stops_working_after_it_expires()
    {
        var (session, _, url) = await LinkAsync();
        using var __ = session;
        app.Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await app.Reader().GetAsync(url)).StatusCode);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task A_revoked_preview_link_is_a_404()
    {
        var (session, article, url) = await LinkAsync();
        using var _ = session;
        var editor = await session.GetAsync($"/editorial/articles/{article.Id}");
        var revoke = editor.QuerySelectorAll(".preview-links form").Single();
        var revoked = await session.SubmitAsync(editor, $"form[action='{revoke.GetAttribute("action")}']");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().GetAsync(url)).StatusCode);
        Assert.Contains("revoked", (await session.GetAsync($"/editorial/articles/{article.Id}")).QuerySelector(".preview-links li")!.TextContent);
    }

    [Fact]
    public async Task An_unknown_preview_token_is_a_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().GetAsync("/preview/not-a-real-token")).StatusCode);
    }
}

public sealed class PreviewLinkTestsOnSqlite(SqliteApp app) : PreviewLinkTests(app), IClassFixture<SqliteApp>;

public sealed class PreviewLinkTestsOnPostgres(PostgresApp app) : PreviewLinkTests(app), IClassFixture<PostgresApp>;
