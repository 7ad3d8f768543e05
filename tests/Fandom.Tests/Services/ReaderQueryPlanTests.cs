using System.Net;
using Fandom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Fandom.Tests.Services;

/// <summary>
/// Every query of every reader page, on an archive large enough that a planner would scan rather than use a poor
/// index, is served by an index: no plan reads the whole of the articles, their list rows or the search index, and
/// no list page sorts its list.
/// </summary>
public abstract class ReaderQueryPlanTests(FandomApp app, ITestOutputHelper output)
{
    private const int Articles = 20_000;

    [Fact]
    public async Task Every_reader_query_is_served_by_an_index_on_a_large_archive()
    {
        var archive = await LargeArchive.FillAsync(app, Articles);
        var recorder = new QueryRecorder();
        using var recorded = app.WithWebHostBuilder(host => host.ConfigureServices(services =>
            services.ConfigureDbContext<Fandom.Data.FandomDbContext>(options => options.AddInterceptors(recorder))));
        var reader = recorded.CreateClient(new() { AllowAutoRedirect = false });
        // Any Authorization header skips the output cache: every page is rendered.
        reader.DefaultRequestHeaders.Authorization = new("Bearer", "plan");

        // Lists are read in the order of their index, so not even a much-quoted person's page sorts.
        string[] lists =
        [
            "/", "/?page=40",
            $"/category/{archive.CategorySlug}", $"/category/{archive.CategorySlug}?page=40",
            $"/tag/{archive.CommonTagSlug}", $"/tag/{archive.RareTagSlug}", $"/author/{archive.AuthorSlug}",
            $"/people/{archive.PersonSlug}", $"/people/{archive.PersonSlug}?page=40",
        ];
        string[] urls =
        [
            .. lists, $"/articles/{archive.ArticleSlug}",
            $"/search?q={LargeArchiveContent.RareWord}", $"/search?q={LargeArchiveContent.CommonWord}", $"/search?q={LargeArchiveContent.MissingWord}",
            "/feed", "/atom", $"/category/{archive.CategorySlug}/feed", "/sitemap.xml",
        ];
        var failures = await QueryPlans.ArchiveReadsAsync(app, reader, recorder, urls, mustNotSort: lists.Contains);

        // The same archive as a sitemap index of four article files. The index and its listings file look up only
        // the newest article of each list and the first visible article of each id range: a sort would cost the size
        // of a list or a range. A file lists its whole range, so it may read all of it.
        using var indexed = app.WithWebHostBuilder(host => host
            .UseSetting("Fandom:Sitemap:UrlsPerFile", (Articles / 4).ToString())
            .ConfigureServices(services => services.ConfigureDbContext<Fandom.Data.FandomDbContext>(options => options.AddInterceptors(recorder))));
        var crawler = indexed.CreateClient();
        crawler.DefaultRequestHeaders.Authorization = new("Bearer", "plan");
        failures.AddRange(await QueryPlans.ArchiveReadsAsync(app, crawler, recorder, ["/sitemap.xml", "/sitemaps/pages-1.xml", "/sitemaps/articles-4.xml"],
            mustNotSort: url => !url.Contains("/articles-")));

        foreach (var failure in failures) output.WriteLine(failure + "\n");
        Assert.True(failures.Count == 0, $"{failures.Count} reader queries scan the archive:\n{string.Join("\n\n", failures)}");
    }
}

public sealed class ReaderQueryPlanTestsOnSqlite(SqliteApp app, ITestOutputHelper output) : ReaderQueryPlanTests(app, output), IClassFixture<SqliteApp>;

public sealed class ReaderQueryPlanTestsOnPostgres(PostgresApp app, ITestOutputHelper output) : ReaderQueryPlanTests(app, output), IClassFixture<PostgresApp>;
