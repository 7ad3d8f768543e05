using System.Net;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Fandom.Web.Services.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Tests.Areas.Editorial;

/// <summary>Manual redirects and the 404 log that shows which ones readers need.</summary>
public abstract class RedirectTests(FandomApp app)
{
    [Fact]
    public async Task A_reader_404_is_logged_and_redirect_this_turns_it_into_a_working_redirect()
    {
        var article = await app.ArticleAsync("Where the old link should go");
        var reader = app.Reader();
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/2019/05/old-blog-post")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/2019/05/old-blog-post")).StatusCode);

        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        // Staff typos are not reader demand.
        Assert.Equal(HttpStatusCode.NotFound, (await editor.Client.GetAsync("/staff-typo")).StatusCode);
        var list = await editor.GetAsync("/editorial/redirects");
        var row = list.QuerySelectorAll(".not-found-table tbody tr").Single(r => r.QuerySelector("code")!.TextContent == "/2019/05/old-blog-post");
        Assert.Equal("2", row.Children[1].TextContent);
        Assert.DoesNotContain(list.QuerySelectorAll(".not-found-table code"), c => c.TextContent is "/staff-typo" or "/error/404");

        var form = await editor.GetAsync(row.QuerySelector("a.redirect-this")!.GetAttribute("href")!);
        Assert.Equal("/2019/05/old-blog-post", form.QuerySelector("input#FromPath")!.GetAttribute("value"));
        var added = await editor.SubmitAsync(form, "form.redirect-form", new() { ["ToPath"] = article.Url }, button: "Add redirect");
        Assert.Equal("Redirect added.", await editor.FollowAsync(added));

        var moved = await reader.GetAsync("/2019/05/old-blog-post");
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal(article.Url, moved.Headers.Location!.OriginalString);
        var after = await editor.GetAsync("/editorial/redirects");
        Assert.DoesNotContain(after.QuerySelectorAll(".not-found-table code"), c => c.TextContent == "/2019/05/old-blog-post");
        Assert.Contains(after.QuerySelectorAll(".redirects-table tbody tr"), r => r.QuerySelector("code")!.TextContent == "/2019/05/old-blog-post" && r.Children[2].TextContent == "Manual");
    }

    [Fact]
    public async Task Redirects_never_chain_or_loop_and_never_shadow_a_live_page()
    {
        var article = await app.ArticleAsync("The final destination");
        using var editor = await app.SignInAsNewAsync(Roles.Editor);

        Assert.Null(await AddAsync(editor, "/chain-b", article.Url));
        // A → B while B → article: A goes straight to the article.
        Assert.Null(await AddAsync(editor, "/chain-a", "/chain-b"));
        Assert.Equal(article.Url, (await app.Reader().GetAsync("/chain-a")).Headers.Location!.OriginalString);
        // C → A, then A's own redirect is what C points to, never a hop through A.
        Assert.Null(await AddAsync(editor, "/chain-c", "/chain-a"));
        Assert.Equal(article.Url, (await app.Reader().GetAsync("/chain-c")).Headers.Location!.OriginalString);

        Assert.Equal("From and To are the same address.", await AddAsync(editor, "/loop-x", "/loop-x"));
        Assert.Null(await AddAsync(editor, "/loop-y", "/loop-z"));
        Assert.Equal("/loop-y leads back to /loop-z: that would be a loop.", await AddAsync(editor, "/loop-z", "/loop-y"));
        Assert.Equal($"{article.Url} is a live page; a redirect from it would never be used.", await AddAsync(editor, article.Url, "/elsewhere"));
        Assert.Equal("/editorial is part of the site itself and cannot be redirected.", await AddAsync(editor, "/editorial", "/"));
        Assert.Equal("From must be a path on this site, starting with /.", await AddAsync(editor, "https://evil.example/", "/"));
    }

    [Fact]
    public async Task The_404_log_ignores_overlong_paths_and_stays_bounded()
    {
        var reader = app.Reader();
        var longPath = "/" + new string('x', RedirectService.MaxLoggedPathLength + 10);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(longPath)).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.NotFoundHits.AnyAsync(h => h.Path.Length > RedirectService.MaxLoggedPathLength)));

        await app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime.AddDays(-1);
            db.NotFoundHits.AddRange(Enumerable.Range(await db.NotFoundHits.CountAsync(), RedirectService.NotFoundLogCapacity)
                .Select(i => new NotFoundHit { Path = $"/bot-{i}", Count = 1, FirstSeenUtc = now, LastSeenUtc = now }));
            return await db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/a-real-reader-typo")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.NotFoundHits.CountAsync()) <= RedirectService.NotFoundLogCapacity);
        Assert.True(await app.WithDbAsync(db => db.NotFoundHits.AnyAsync(h => h.Path == "/a-real-reader-typo")));
    }

    private static async Task<string?> AddAsync(BrowserSession editor, string from, string to)
    {
        var page = await editor.GetAsync("/editorial/redirects");
        var response = await editor.SubmitAsync(page, "form.redirect-form", new() { ["FromPath"] = from, ["ToPath"] = to });
        if (response.StatusCode == HttpStatusCode.Redirect) return null;
        var again = await BrowserSession.ParseAsync(response);
        return again.QuerySelector("[data-valmsg-for=FromPath]")!.TextContent.Trim();
    }
}

public sealed class RedirectTestsOnSqlite(SqliteApp app) : RedirectTests(app), IClassFixture<SqliteApp>;

public sealed class RedirectTestsOnPostgres(PostgresApp app) : RedirectTests(app), IClassFixture<PostgresApp>;
