using System.Net;
using Fandom.Tests.Infrastructure;

namespace Fandom.Tests.Infrastructure;

/// <summary>Redirects are looked up only for requests that found nothing, so live pages pay nothing for them.</summary>
public sealed class RedirectMiddlewareCostTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Live_pages_never_query_redirects_and_a_missing_page_costs_a_handful_of_queries()
    {
        var article = await app.PublishedArticleAsync("A live page for counting");
        var reader = app.Reader();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(article.Url)).StatusCode);

        using var log = new SqlLog(app.DatabaseFile);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(article.Url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/")).StatusCode);
        Assert.NotEmpty(log.Commands);
        Assert.DoesNotContain(log.Commands, sql => sql.Contains("\"Redirects\"") || sql.Contains("\"NotFoundHits\"") || sql.Contains("\"CategorySlugs\""));

        log.Clear();
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/no/such/page")).StatusCode);
        var redirectWork = log.Commands.Where(sql => sql.Contains("\"Redirects\"") || sql.Contains("\"NotFoundHits\"") || sql.Contains("\"CategorySlugs\"")).ToList();
        // Manual redirect lookup, then count-or-insert in the 404 log (update, size check, insert).
        Assert.InRange(redirectWork.Count, 1, 4);
    }
}
