using System.Net;
using Fandom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fandom.Tests.Services.Taxonomy;

/// <summary>Redirects are looked up only for requests that found nothing, so live pages pay nothing for them.</summary>
public sealed class RedirectMiddlewareCostTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Live_pages_never_query_redirects_and_a_missing_page_costs_a_handful_of_queries()
    {
        var article = await app.ArticleAsync("A live page for counting");
        var recorder = new QueryRecorder();
        using var recorded = app.WithWebHostBuilder(host => host.ConfigureServices(services =>
            services.ConfigureDbContext<Fandom.Data.FandomDbContext>(options => options.AddInterceptors(recorder))));
        var reader = recorded.CreateClient(new() { AllowAutoRedirect = false });

        recorder.Recording = true;
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(article.Url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/")).StatusCode);
        var live = recorder.Take().Select(q => q.Sql).ToList();
        Assert.NotEmpty(live);
        Assert.DoesNotContain(live, RedirectWork);

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/no/such/page")).StatusCode);
        var missing = recorder.Take().Select(q => q.Sql).Where(RedirectWork).ToList();
        // Manual redirect lookup; the 404 log's count-or-insert (update, size check, insert) is written off the
        // request path, moments later, and may or may not have been recorded by now.
        Assert.InRange(missing.Count, 1, 4);
    }

    private static bool RedirectWork(string sql) =>
        sql.Contains("\"Redirects\"") || sql.Contains("\"NotFoundHits\"") || sql.Contains("\"CategorySlugs\"");
}
