using System.Net;
using Fandom.Tests.Support;
using Fandom.Web.Infrastructure;

namespace Fandom.Tests.Infrastructure;

/// <summary>
/// The database stops answering altogether. Readers keep the pages the cache holds (well past the minute after
/// which the schedule memo asks the database again), every error page renders whole, in the site's design, and
/// health says 503. The log gets a line per kind of failure, not a stack trace per request.
/// </summary>
public abstract class DatabaseOutageTests(FandomApp app)
{
    [Fact]
    public async Task Through_an_outage_cached_pages_are_served_error_pages_render_whole_and_the_log_stays_quiet()
    {
        var cached = await app.ArticleAsync("Cached before the outage");
        var uncached = await app.ArticleAsync("Never read before the outage");
        var reader = app.Reader();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(cached.Url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/")).StatusCode);

        await app.BreakDatabaseAsync();
        app.Logs.Clear();
        // Past the schedule's and the settings' memos: both would ask the database again now.
        app.Clock.Advance(TimeSpan.FromMinutes(2));

        for (var i = 0; i < 20; i++)
        {
            var page = await reader.GetAsync(cached.Url);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal("Cached before the outage", (await BrowserSession.ParseAsync(page)).QuerySelector("h1")!.TextContent.Trim());
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/")).StatusCode);
        }

        // A WordPress short link whose lookup the database cannot answer is the home page it names, as cached.
        var shortLink = await reader.GetAsync("/?p=12");
        Assert.Equal(HttpStatusCode.OK, shortLink.StatusCode);
        Assert.Equal("Fandom", (await BrowserSession.ParseAsync(shortLink)).QuerySelector("header.masthead .brand")!.TextContent.Trim());

        var missing = await reader.GetAsync("/no-such-page-during-the-outage");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        AssertWholePage(await BrowserSession.ParseAsync(missing), "Page not found");

        var unavailable = await reader.GetAsync(uncached.Url);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unavailable.StatusCode);
        Assert.True(unavailable.Headers.Contains("Retry-After"));
        AssertWholePage(await BrowserSession.ParseAsync(unavailable), "Temporarily unavailable");

        // An API client gets the API's own answer, a problem in JSON, not the readers' page.
        var apiUnavailable = await reader.GetAsync("/api/v1/articles/" + uncached.Slug);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, apiUnavailable.StatusCode);
        Assert.Equal("application/problem+json", apiUnavailable.Content.Headers.ContentType?.MediaType);
        Assert.True(apiUnavailable.Headers.Contains("Retry-After"));
        using (var problem = System.Text.Json.JsonDocument.Parse(await apiUnavailable.Content.ReadAsStringAsync()))
            Assert.Equal(503, problem.RootElement.GetProperty("status").GetInt32());

        var health = await reader.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Contains("does not answer", await health.Content.ReadAsStringAsync());

        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await reader.GetAsync(uncached.Url + "?page=" + i)).StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await reader.GetAsync("/healthz")).StatusCode);
        }
        await app.DeferredWritesDoneAsync();
        var logged = app.Logs.Entries;
        Assert.InRange(logged.Count, 1, 8);
        Assert.All(logged, entry => Assert.False(entry.HasException, $"{entry.Category}: {entry.Message}"));
    }

    private static void AssertWholePage(AngleSharp.Html.Dom.IHtmlDocument page, string heading)
    {
        Assert.Equal(heading, page.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Equal("Fandom", page.QuerySelector("header.masthead .brand")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("footer.site-footer"));
    }
}

public sealed class DatabaseOutageTestsOnSqlite(SqliteApp app) : DatabaseOutageTests(app), IClassFixture<SqliteApp>;

public sealed class DatabaseOutageTestsOnPostgres(PostgresApp app) : DatabaseOutageTests(app), IClassFixture<PostgresApp>;
