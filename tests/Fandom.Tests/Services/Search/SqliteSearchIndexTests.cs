using Fandom.Tests.Controllers;
using Fandom.Tests.Support;
using Fandom.Web.Services.Search;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fandom.Tests.Services.Search;

/// <summary>SQLite whose search index is merged as soon as it is in two segments, so that a few saves make it due.</summary>
public sealed class EagerIndexMergeSqliteApp : SqliteApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Fandom:Search:SqliteIndexMostSegments", "1");
    }
}

/// <summary>The upkeep of SQLite's full-text index: merged on the hourly check when it is in too many segments, finding what it found before.</summary>
public sealed class SqliteSearchIndexTests(EagerIndexMergeSqliteApp app) : IClassFixture<EagerIndexMergeSqliteApp>
{
    private async Task<List<string>> ResultTitlesAsync(string query)
    {
        var page = await new BrowserSession(app.Reader()).GetAsync("/search?q=" + Uri.EscapeDataString(query));
        return page.QuerySelectorAll(".search-result h2 a").Select(a => a.TextContent).Order().ToList();
    }

    [Fact]
    public async Task The_hourly_check_merges_a_fragmented_index_into_one_segment_that_finds_the_same_articles()
    {
        var (kept, removed) = (SearchTests.Word(), SearchTests.Word());
        var titles = new List<string>();
        // Each save is a write transaction of its own, and each adds a segment to the index.
        for (var i = 0; i < 6; i++)
            titles.Add((await app.ArticleAsync($"Segment story {i}", $"Both {kept} and {removed} are in story {i}.")).Title);
        // A changed text leaves the old words' entries to be deleted by the merge, not found before it or after.
        var changed = titles[0];
        await app.WithDbAsync(db => db.Articles.Where(a => a.Title == changed)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.SearchText, $"Only {kept} is left in this one.")));
        var before = await app.SearchIndexSegmentsAsync();
        Assert.True(before > 1, $"{before} segment(s) before the check");
        Assert.Equal(titles.Order().ToList(), await ResultTitlesAsync(kept));
        Assert.Equal(titles.Skip(1).Order().ToList(), await ResultTitlesAsync(removed));

        app.Clock.Advance(TimeSpan.FromMinutes(60));
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (await app.SearchIndexSegmentsAsync() > 1 && waited.Elapsed < TimeSpan.FromSeconds(20)) await Task.Delay(50);

        Assert.Equal(1, await app.SearchIndexSegmentsAsync());
        Assert.Equal(titles.Order().ToList(), await ResultTitlesAsync(kept));
        Assert.Equal(titles.Skip(1).Order().ToList(), await ResultTitlesAsync(removed));
        Assert.Equal([titles[3]], await ResultTitlesAsync($"{kept} story 3"));
    }

    [Fact]
    public async Task An_index_in_one_segment_is_left_as_it_is()
    {
        var index = app.Services.GetRequiredService<SqliteSearchIndex>();
        await app.ArticleAsync("One more story", $"It has the word {SearchTests.Word()}.");
        await index.MergeIfFragmentedAsync();
        Assert.Equal(1, await app.SearchIndexSegmentsAsync());

        Assert.Null(await index.MergeIfFragmentedAsync());
        Assert.Equal(1, await app.SearchIndexSegmentsAsync());
    }
}

/// <summary>With the default limit, a site whose index is in a few segments is not merged.</summary>
public sealed class SqliteSearchIndexLimitTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task An_index_within_the_limit_is_not_merged()
    {
        for (var i = 0; i < 3; i++) await app.ArticleAsync($"Within the limit {i}");
        var segments = await app.SearchIndexSegmentsAsync();
        Assert.InRange(segments, 2, 8);

        Assert.Null(await app.Services.GetRequiredService<SqliteSearchIndex>().MergeIfFragmentedAsync());
        Assert.Equal(segments, await app.SearchIndexSegmentsAsync());
    }
}

public static class SearchIndexSegments
{
    /// <summary>The segments the app's SQLite full-text index is in now.</summary>
    public static Task<int> SearchIndexSegmentsAsync(this SqliteApp app) => app.WithDbAsync(async db =>
    {
        await db.Database.OpenConnectionAsync();
        return await SqliteSearchIndex.SegmentsAsync(db.Database.GetDbConnection());
    });
}
