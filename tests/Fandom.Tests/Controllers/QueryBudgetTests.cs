using System.Net;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Fandom.Web.Content;
using Fandom.Web.Infrastructure.Faults;
using Fandom.Web.Services.Site;
using Microsoft.Extensions.DependencyInjection;

namespace Fandom.Tests.Controllers;

/// <summary>
/// Each reader page, rendered without the output cache, costs a few queries, and the same number however many
/// articles there are. The article page is the dearest: the article, its bylines and topics, related stories, their
/// bylines and its neighbours (the masthead's sections are memoized, like the site settings).
/// </summary>
public abstract class QueryBudgetTests(FandomApp app, Xunit.Abstractions.ITestOutputHelper output)
{
    private const int Budget = 5;

    /// <summary>
    /// A miss also asks the redirect list and, off the request path, records itself in the editors' 404 log
    /// (measured on its own in RedirectMiddlewareCostTests); the page itself stays within the reader budget.
    /// </summary>
    private static int BudgetFor(string url) => url.Contains("no-such-", StringComparison.Ordinal) ? Budget + 2 : Budget;

    [Fact]
    public async Task Every_reader_page_uses_at_most_five_queries_whatever_the_number_of_articles()
    {
        var counter = new SqlCounter();
        using var counted = app.WithWebHostBuilder(counter.CountIn);
        var reader = counted.CreateClient(new() { AllowAutoRedirect = false });

        var key = Guid.NewGuid().ToString("N")[..8];
        var category = await app.CategoryAsync($"Budget {key}");
        var author = await app.CreateStaffAsync(Roles.Author, $"Counted {key}");
        // Thirteen fill more than a page, so the second page exists in both rounds.
        var first = await AddArticlesAsync(13);

        var small = await MeasureAsync(1);
        await AddArticlesAsync(20);
        var large = await MeasureAsync(2);

        foreach (var (url, queries) in large) output.WriteLine($"{queries} queries: {url}");
        foreach (var (url, queries) in small.Concat(large))
            Assert.True(queries <= BudgetFor(url), $"{url} used {queries} queries");
        Assert.Equal(small.Select(p => p.Queries), large.Select(p => p.Queries));

        async Task<ArticleRef> AddArticlesAsync(int count)
        {
            ArticleRef? last = null;
            for (var i = 0; i < count; i++)
            {
                app.Clock.Advance(TimeSpan.FromMinutes(1));
                last = await app.ArticleAsync($"Budget story {Guid.NewGuid():N} countable", categories: [category],
                    tags: [$"Budget tag {key}", $"Other tag {key} {i % 3}"], author: author);
            }
            return last!;
        }

        async Task<List<(string Url, int Queries)>> MeasureAsync(int round)
        {
            // Nothing comes from the output cache: every page renders.
            await counted.Services.GetRequiredService<ReaderCacheInvalidation>().PublishedContentChangedAsync();
            // Settings, the publishing schedule and the sections are memoized in memory by design: warm them, as any running site has.
            await counted.Services.GetRequiredService<PublishingSchedule>().NextChangeUtcAsync();
            await counted.Services.GetRequiredService<SectionNavigation>().SectionsAsync();
            _ = counted.Services.GetRequiredService<SiteSettingsService>().Current;
            var urls = new[]
            {
                $"/?page=1", $"/?page=2", $"{first.Url}",
                $"/category/{Slugs.From($"Budget {key}")}", $"/tag/{Slugs.From($"Budget tag {key}")}",
                $"/author/{await app.AuthorSlugAsync(author)}", $"/search?q=countable",
                $"/feed", $"/atom", $"/category/{Slugs.From($"Budget {key}")}/feed",
                $"/sitemap.xml", $"/articles/no-such-story-{round}",
            };
            var results = new List<(string, int)>();
            foreach (var url in urls)
            {
                var before = counter.Count;
                var response = await reader.GetAsync(url);
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{url}: {response.StatusCode}");
                // A miss's 404-log write runs after its answer: count it with its own request, not the next one or none.
                await counted.Services.GetRequiredService<DeferredWrites>().WhenIdleAsync();
                results.Add((url, counter.Count - before));
            }
            return results;
        }
    }
}

public sealed class QueryBudgetTestsOnSqlite(SqliteApp app, Xunit.Abstractions.ITestOutputHelper output) : QueryBudgetTests(app, output), IClassFixture<SqliteApp>;

public sealed class QueryBudgetTestsOnPostgres(PostgresApp app, Xunit.Abstractions.ITestOutputHelper output) : QueryBudgetTests(app, output), IClassFixture<PostgresApp>;
