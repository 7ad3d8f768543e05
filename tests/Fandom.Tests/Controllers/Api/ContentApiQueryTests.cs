using System.Net;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Fandom.Web.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Fandom.Tests.Controllers.Api;

/// <summary>
/// The content API costs what the reader pages cost: a few statements per request, the same number at any size of the
/// archive, and each one an index range or key lookups, on an archive large enough that a planner would rather scan.
/// </summary>
public abstract class ContentApiQueryTests(FandomApp app, ITestOutputHelper output)
{
    private const int Articles = 20_000;

    [Fact]
    public async Task Every_api_request_uses_a_few_queries_whatever_the_number_of_articles()
    {
        var counter = new SqlCounter();
        using var counted = app.WithWebHostBuilder(counter.CountIn);
        var client = Uncached(counted.CreateClient(new() { AllowAutoRedirect = false }));

        var key = Guid.NewGuid().ToString("N")[..8];
        var category = await app.CategoryAsync($"Counted {key}");
        var author = await app.CreateStaffAsync(Roles.Author, $"Counted Writer {key}");
        var first = await AddAsync(13);
        var small = await MeasureAsync();
        await AddAsync(20);
        var large = await MeasureAsync();

        foreach (var (url, queries) in large) output.WriteLine($"{queries} queries: {url}");
        Assert.Equal(small, large);
        // The list is the page and its bylines, sections and topics, plus one lookup per filter; one article is itself
        // and its terms; the directory lists are one statement each.
        var expected = new Dictionary<string, int>
        {
            ["/api/v1/articles"] = 2, ["/api/v1/articles?page=2&pageSize=10&fields=bodyHtml,seo"] = 2,
            [$"/api/v1/articles?category={Slugs.From($"Counted {key}")}"] = 3,
            [$"/api/v1/articles?category={Slugs.From($"Counted {key}")}&tag={Slugs.From($"Counted tag {key}")}&author={await app.AuthorSlugAsync(author)}"] = 5,
            [$"/api/v1/articles/{first.Slug}"] = 2,
            ["/api/v1/categories"] = 1, ["/api/v1/tags"] = 1, ["/api/v1/authors"] = 1, ["/api/v1/people"] = 1, ["/api/v1/quotes"] = 1,
        };
        Assert.Equal(expected, large.ToDictionary());

        async Task<ArticleRef> AddAsync(int count)
        {
            ArticleRef? last = null;
            for (var i = 0; i < count; i++)
            {
                app.Clock.Advance(TimeSpan.FromMinutes(1));
                last = await app.ArticleAsync($"Counted story {Guid.NewGuid():N}", body: $"> “Line {i}.”\n>\n> — Counted Speaker {key}",
                    categories: [category], tags: [$"Counted tag {key}"], author: author);
            }
            return last!;
        }

        async Task<List<(string Url, int Queries)>> MeasureAsync()
        {
            string[] urls =
            [
                "/api/v1/articles", "/api/v1/articles?page=2&pageSize=10&fields=bodyHtml,seo",
                $"/api/v1/articles?category={Slugs.From($"Counted {key}")}",
                $"/api/v1/articles?category={Slugs.From($"Counted {key}")}&tag={Slugs.From($"Counted tag {key}")}&author={await app.AuthorSlugAsync(author)}",
                $"/api/v1/articles/{first.Slug}",
                "/api/v1/categories", "/api/v1/tags", "/api/v1/authors", "/api/v1/people", "/api/v1/quotes",
            ];
            var results = new List<(string, int)>();
            foreach (var url in urls)
            {
                var before = counter.Count;
                var response = await client.GetAsync(url);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
                results.Add((url, counter.Count - before));
            }
            return results;
        }
    }

    [Fact]
    public async Task Every_api_query_is_served_by_an_index_on_a_large_archive()
    {
        var archive = await LargeArchive.FillAsync(app, Articles);
        var lastQuote = await app.WithDbAsync(db => db.Quotes.MaxAsync(q => q.Id));
        var recorder = new QueryRecorder();
        using var recorded = app.WithWebHostBuilder(host => host.ConfigureServices(services =>
            services.ConfigureDbContext<Fandom.Data.FandomDbContext>(options => options.AddInterceptors(recorder))));
        var client = Uncached(recorded.CreateClient(new() { AllowAutoRedirect = false }));

        // Article lists and quotes are read in their index's order: none sorts, however long. (The directories are
        // checked for scans only: the archive has three authors and two people, whom a planner rightly sorts in memory.
        // So is a section narrowed to a rare tag: PostgreSQL may read the tag's few rows by a bitmap and sort what is
        // left in memory, bounded by the tag, or walk the tag in order; which depends on its estimates.)
        string[] lists =
        [
            "/api/v1/articles", "/api/v1/articles?page=40&fields=bodyHtml,seo",
            $"/api/v1/articles?category={archive.CategorySlug}", $"/api/v1/articles?category={archive.CategorySlug}&page=40",
            $"/api/v1/articles?tag={archive.CommonTagSlug}", $"/api/v1/articles?tag={archive.RareTagSlug}",
            $"/api/v1/articles?author={archive.AuthorSlug}",
            $"/api/v1/articles?category={archive.CategorySlug}&author={archive.AuthorSlug}",
            "/api/v1/tags", "/api/v1/tags?page=5", "/api/v1/quotes", $"/api/v1/quotes?before={lastQuote - 500}",
        ];
        string[] urls =
        [
            .. lists, $"/api/v1/articles?category={archive.CategorySlug}&tag={archive.RareTagSlug}",
            "/api/v1/authors", "/api/v1/people", $"/api/v1/articles/{archive.ArticleSlug}", "/api/v1/categories",
        ];
        var failures = await QueryPlans.ArchiveReadsAsync(app, client, recorder, urls, mustNotSort: lists.Contains);
        foreach (var failure in failures) output.WriteLine(failure + "\n");
        Assert.True(failures.Count == 0, $"{failures.Count} API queries scan the archive:\n{string.Join("\n\n", failures)}");
    }

    /// <summary>A request with credentials is never answered from the output cache: every request runs its queries.</summary>
    private static HttpClient Uncached(HttpClient client)
    {
        client.DefaultRequestHeaders.Authorization = new("Bearer", "count");
        return client;
    }
}

public sealed class ContentApiQueryTestsOnSqlite(SqliteApp app, ITestOutputHelper output) : ContentApiQueryTests(app, output), IClassFixture<SqliteApp>;

public sealed class ContentApiQueryTestsOnPostgres(PostgresApp app, ITestOutputHelper output) : ContentApiQueryTests(app, output), IClassFixture<PostgresApp>;
