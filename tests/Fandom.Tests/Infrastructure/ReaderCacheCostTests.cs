using System.Net;
using Fandom.Data.Entities;
using Fandom.Tests.Infrastructure;

namespace Fandom.Tests.Infrastructure;

/// <summary>What the reader cache costs: cached pages run no SQL, and the next scheduled instant is looked up once per change.</summary>
public sealed class ReaderCacheCostTests(QueryCountingApp app) : IClassFixture<QueryCountingApp>
{
    [Fact]
    public async Task A_cached_reader_page_costs_no_sql_until_content_changes()
    {
        var author = await app.CreateStaffAsync(Roles.Author);
        await app.ArticleInStateAsync(author, ArticleStatus.Published, "Cached story");
        await app.ArticleInStateAsync(author, ArticleStatus.Published, "Later story", publishAtUtc: app.Clock.GetUtcNow().UtcDateTime.AddDays(1));
        Assert.Equal(HttpStatusCode.OK, (await app.Reader().GetAsync("/")).StatusCode);

        app.Sql.Reset();
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await app.Reader().GetAsync("/")).StatusCode);
        Assert.Equal(0, app.Sql.Count);

        // A publish evicts the pages that show the article: the next view renders once, then is cached again.
        await app.ArticleInStateAsync(author, ArticleStatus.Published, "Breaking story");
        app.Sql.Reset();
        await app.Reader().GetAsync("/");
        var firstView = app.Sql.Count;
        await app.Reader().GetAsync("/");
        Assert.True(firstView > 0);
        Assert.Equal(firstView, app.Sql.Count);
    }
}
