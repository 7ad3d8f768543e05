using System.Net;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Fandom.Web.Services.Import;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Tests.Services.Import;

/// <summary>A Ghost JSON export comes in whole: statuses, the primary tag as category, authors, feature images and every card.</summary>
public abstract class GhostImportTests(FandomApp app)
{
    private const string PostId = "6650a1f0c1d2e3f4a5b6c701";
    private Task<ImportReport>? imported;

    private Task<ImportReport> ImportedAsync() => imported ??= Shared.GetOrAdd(app, a => a.WithServiceAsync<ImportService, ImportReport>(s =>
        s.RunAsync(GhostReader.Read(ImportFixtures.Stream(ImportFixtures.GhostExport())), new ImportOptions(false, Uploads, null))));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<FandomApp, Task<ImportReport>> Shared = new();
    private static readonly string Uploads = ImportFixtures.UploadsFolder();

    private Task<Article> ArticleAsync(string slug) => app.WithDbAsync(db => db.Articles
        .Include(a => a.Authors).Include(a => a.Categories).Include(a => a.Tags).Include(a => a.Revisions).Include(a => a.HeroMedia)
        .SingleAsync(a => a.Slug == slug));

    [Fact]
    public async Task Posts_keep_status_dates_slug_and_custom_excerpt_as_dek()
    {
        var report = await ImportedAsync();
        var article = await ArticleAsync("wheel-of-time-season-three");
        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.Equal(new DateTime(2026, 5, 4, 7, 30, 0, DateTimeKind.Utc), article.PublishAtUtc);
        Assert.Equal(new DateTime(2026, 5, 3, 8, 0, 0, DateTimeKind.Utc), article.CreatedAtUtc);
        Assert.Equal("Moiraine and Rand return to Prime Video.", article.Dek);
        Assert.Equal(ArticleStatus.Draft, (await ArticleAsync("unfinished-ghost-draft")).Status);
        var scheduled = await ArticleAsync("coming-in-the-autumn");
        Assert.Equal(new DateTime(2026, 9, 1, 8, 0, 0, DateTimeKind.Utc), scheduled.PublishAtUtc);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().GetAsync("/articles/coming-in-the-autumn")).StatusCode);
        Assert.StartsWith("a page", report.Posts.Single(p => p.Title == "Contact").Reason);
        Assert.Equal($"Imported from Ghost (published post {PostId})", Assert.Single(article.Revisions).Note);
    }

    [Fact]
    public async Task The_primary_tag_is_the_category_the_rest_are_tags_and_internal_tags_are_skipped()
    {
        await ImportedAsync();
        var article = await ArticleAsync("wheel-of-time-season-three");
        var category = Assert.Single(article.Categories);
        Assert.Equal("Fantasy TV", category.Name);
        Assert.Equal("Swords and sorcery on screen", category.Description);
        Assert.Equal(["Book adaptations", "Prime Video"], article.Tags.Select(t => t.Name).Order());
        Assert.False(await app.WithDbAsync(db => db.Tags.AnyAsync(t => t.Name.Contains("newsletter"))));
        Assert.Equal(["Ada Second", "Jon Ghostwriter"], article.Authors.Select(a => a.DisplayName).Order());
        Assert.Equal("Writes about fantasy.", article.Authors.Single(a => a.DisplayName == "Jon Ghostwriter").Bio);
    }

    [Fact]
    public async Task Feature_image_keeps_its_alt_and_caption()
    {
        await ImportedAsync();
        var hero = (await ArticleAsync("wheel-of-time-season-three")).HeroMedia!;
        Assert.Equal("Moiraine on the season three poster", hero.AltText);
        Assert.Equal("Season three key art", hero.Caption);
    }

    [Fact]
    public async Task Cards_become_the_dialect_and_toggles_become_spoilers()
    {
        var report = await ImportedAsync();
        var article = await ArticleAsync("wheel-of-time-season-three");
        var cast = await app.WithDbAsync(db => db.MediaItems.SingleAsync(m => m.ImportKey == "ghost:2026/05/cast.jpg"));
        var paris = await app.WithDbAsync(db => db.MediaItems.SingleAsync(m => m.ImportKey == "ghost:2026/05/paris.jpg"));
        Assert.Equal("The cast, on set in Prague", cast.Caption);
        Assert.Equal("The cast on set", cast.AltText);

        Assert.Contains("Rosamund Pike is **back**. Read [our older story](/older-story/).", article.Body);
        Assert.Contains("## The cast", article.Body);
        Assert.Contains($"{{{{image {cast.Id}}}}}", article.Body);
        Assert.Contains($"{{{{image {paris.Id}}}}}", article.Body);
        Assert.Contains(report.Problems, p => p.Contains("2026/05/missing.jpg"));
        Assert.Contains("{{video https://www.youtube.com/watch?v=bLAsz7lD6YU}}", article.Body);
        Assert.Contains("[The Wheel of Time at Tor](https://www.tor.com/wheel-of-time/) — Everything about the books.", article.Body);
        Assert.Contains(":::spoiler Who dies in episode eight?\nNobody you would expect.\n:::", article.Body);
        Assert.Contains("> Time is a wheel.\n>\n> — Robert Jordan", article.Body);

        var page = await new BrowserSession(app.Reader()).GetAsync("/articles/wheel-of-time-season-three");
        var body = page.QuerySelector(".article-body")!;
        Assert.Contains("Who dies in episode eight?", body.QuerySelector("details.spoiler summary")!.TextContent);
        Assert.Equal("Robert Jordan", body.QuerySelector("figure.quote .quote-speaker")!.TextContent.Trim());
        Assert.Single(body.QuerySelectorAll("figure.video"));
        Assert.DoesNotContain("Nobody you would expect", article.Excerpt);
        Assert.Empty(body.QuerySelectorAll("svg, iframe, button.kg-toggle-card-icon"));
    }

    [Fact]
    public async Task Old_Ghost_addresses_redirect_and_a_second_run_creates_nothing()
    {
        await ImportedAsync();
        var post = await app.Reader().GetAsync("/wheel-of-time-season-three/");
        Assert.Equal(HttpStatusCode.MovedPermanently, post.StatusCode);
        Assert.Equal("/articles/wheel-of-time-season-three", post.Headers.Location!.OriginalString);
        var tag = await app.Reader().GetAsync("/tag/fantasy-tv/");
        Assert.Equal(HttpStatusCode.MovedPermanently, tag.StatusCode);
        Assert.Equal("/category/fantasy-tv", tag.Headers.Location!.OriginalString);

        var counts = await app.WithDbAsync(async db => (await db.Articles.CountAsync(), await db.MediaItems.CountAsync(), await db.Users.CountAsync()));
        var again = await app.WithServiceAsync<ImportService, ImportReport>(s =>
            s.RunAsync(GhostReader.Read(ImportFixtures.Stream(ImportFixtures.GhostExport())), new ImportOptions(false, Uploads, null)));
        Assert.Equal(0, again.Created);
        Assert.Equal(counts, await app.WithDbAsync(async db => (await db.Articles.CountAsync(), await db.MediaItems.CountAsync(), await db.Users.CountAsync())));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Action == "import.ghost" && e.Details!.Contains("3 articles"))));
    }
}

public sealed class GhostImportTestsOnSqlite(SqliteApp app) : GhostImportTests(app), IClassFixture<SqliteApp>;

public sealed class GhostImportTestsOnPostgres(PostgresApp app) : GhostImportTests(app), IClassFixture<PostgresApp>;
