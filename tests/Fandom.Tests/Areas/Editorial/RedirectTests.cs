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
        await app.DeferredWritesDoneAsync();
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

    [Theory]
    [InlineData("/\t/evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/story\r\nSet-Cookie: x=1")]
    [InlineData("/two words")]
    [InlineData("/bell\u0007")]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://files.example/story")]
    [InlineData("evil.example")]
    public async Task A_target_that_could_leave_the_site_or_break_the_answer_is_refused_and_kept_in_the_form(string to)
    {
        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        var page = await editor.GetAsync("/editorial/redirects");
        var response = await editor.SubmitAsync(page, "form.redirect-form", new() { ["FromPath"] = "/refused-target", ["ToPath"] = to });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await BrowserSession.ParseAsync(response);
        Assert.StartsWith("To must be a path on this site", again.QuerySelector("[data-valmsg-for=ToPath]")!.TextContent.Trim());
        Assert.Equal(to, again.QuerySelector("input#ToPath")!.GetAttribute("value"));
        Assert.False(await app.WithDbAsync(db => db.Redirects.AnyAsync(r => r.FromPath == "/refused-target")));
    }

    [Fact]
    public async Task An_absolute_http_address_is_a_target_and_is_shown_as_external()
    {
        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        Assert.Null(await AddAsync(editor, "/old-shop", "https://shop.example/fandom?ref=site"));

        var moved = await app.Reader().GetAsync("/old-shop?utm=mail");
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        // The address's own query is the destination's; the reader's is not glued onto it.
        Assert.Equal("https://shop.example/fandom?ref=site", moved.Headers.Location!.OriginalString);
        var list = await editor.GetAsync("/editorial/redirects");
        var row = list.QuerySelectorAll(".redirects-table tbody tr").Single(r => r.QuerySelector("code")!.TextContent == "/old-shop");
        Assert.Equal("external nofollow noopener", row.QuerySelector("a.external-target")!.GetAttribute("rel"));
        Assert.Contains("(external)", row.Children[1].TextContent);
    }

    [Theory]
    [InlineData("/stored-tab", "/\t/evil.example")]
    [InlineData("/stored-newline", "/story\r\nSet-Cookie: x=1")]
    [InlineData("/stored-backslash", "/\\evil.example")]
    [InlineData("/stored-scheme", "javascript:alert(1)")]
    public async Task A_bad_target_stored_before_targets_were_checked_answers_404(string from, string to)
    {
        await app.WithDbAsync(db =>
        {
            db.Redirects.Add(new Redirect { FromPath = from, ToPath = to, CreatedAtUtc = app.Clock.GetUtcNow().UtcDateTime });
            return db.SaveChangesAsync();
        });
        var answer = await app.Reader().GetAsync(from);
        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Null(answer.Headers.Location);
    }

    [Fact]
    public async Task A_target_with_letters_beyond_ascii_is_sent_percent_encoded()
    {
        await app.WithDbAsync(db =>
        {
            db.Redirects.Add(new Redirect { FromPath = "/old-cafe", ToPath = "/café", CreatedAtUtc = app.Clock.GetUtcNow().UtcDateTime });
            return db.SaveChangesAsync();
        });
        var moved = await app.Reader().GetAsync("/old-cafe");
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal("/caf%C3%A9", moved.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_404_log_ignores_overlong_paths_and_stays_bounded()
    {
        var reader = app.Reader();
        var longPath = "/" + new string('x', RedirectService.MaxLoggedPathLength + 10);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(longPath)).StatusCode);
        await app.DeferredWritesDoneAsync();
        Assert.False(await app.WithDbAsync(db => db.NotFoundHits.AnyAsync(h => h.Path.Length > RedirectService.MaxLoggedPathLength)));

        await app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime.AddDays(-1);
            db.NotFoundHits.AddRange(Enumerable.Range(await db.NotFoundHits.CountAsync(), RedirectService.NotFoundLogCapacity)
                .Select(i => new NotFoundHit { Path = $"/bot-{i}", Count = 1, FirstSeenUtc = now, LastSeenUtc = now }));
            return await db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/a-real-reader-typo")).StatusCode);
        await app.DeferredWritesDoneAsync();
        Assert.True(await app.WithDbAsync(db => db.NotFoundHits.CountAsync()) <= RedirectService.NotFoundLogCapacity);
        Assert.True(await app.WithDbAsync(db => db.NotFoundHits.AnyAsync(h => h.Path == "/a-real-reader-typo")));
    }

    private static async Task<string?> AddAsync(BrowserSession editor, string from, string to)
    {
        var page = await editor.GetAsync("/editorial/redirects");
        var response = await editor.SubmitAsync(page, "form.redirect-form", new() { ["FromPath"] = from, ["ToPath"] = to });
        if (response.StatusCode == HttpStatusCode.Redirect) return null;
        var again = await BrowserSession.ParseAsync(response);
        return again.QuerySelector("[data-valmsg-for=FromPath]")!.TextContent.Trim() + again.QuerySelector("[data-valmsg-for=ToPath]")!.TextContent.Trim();
    }
}

public sealed class RedirectTestsOnSqlite(SqliteApp app) : RedirectTests(app), IClassFixture<SqliteApp>;

public sealed class RedirectTestsOnPostgres(PostgresApp app) : RedirectTests(app), IClassFixture<PostgresApp>;
