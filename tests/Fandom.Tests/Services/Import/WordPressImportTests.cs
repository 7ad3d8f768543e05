using System.Net;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Fandom.Web.Services.Import;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Tests.Services.Import;

/// <summary>A WordPress export (WXR 1.2) comes in whole: statuses, terms, bylines, dates, slugs, excerpts, markup, images and old links.</summary>
public abstract class WordPressImportTests(FandomApp app)
{
    private Task<Article> ArticleAsync(string slug) => app.WithDbAsync(db => db.Articles
        .Include(a => a.Authors).Include(a => a.Categories).Include(a => a.Tags).Include(a => a.Revisions).Include(a => a.HeroMedia)
        .SingleAsync(a => a.Slug == slug));

    [Fact]
    public async Task Every_status_maps_to_its_Fandom_state_and_trash_and_pages_are_skipped_with_a_reason()
    {
        var run = await app.WordPressImportedAsync();
        Assert.Equal(ArticleStatus.Published, (await ArticleAsync("heartstopper-returns")).Status);
        Assert.Equal(ArticleStatus.Draft, (await ArticleAsync("draft-about-the-finale")).Status);
        Assert.Equal(ArticleStatus.InReview, (await ArticleAsync("pending-piece")).Status);
        var scheduled = await ArticleAsync("scheduled-piece");
        Assert.Equal(ArticleStatus.Published, scheduled.Status);
        Assert.Equal(new DateTime(2027, 1, 1, 10, 0, 0, DateTimeKind.Utc), scheduled.PublishAtUtc);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().GetAsync("/articles/scheduled-piece")).StatusCode);
        Assert.Equal(ArticleStatus.Draft, (await ArticleAsync("private-notes")).Status);

        Assert.Equal("in the trash", run.Report.Posts.Single(p => p.SourceId == "17").Reason);
        Assert.StartsWith("a page", run.Report.Posts.Single(p => p.SourceId == "18").Reason);
        Assert.Equal(0, await app.WithDbAsync(db => db.Articles.CountAsync(a => a.Slug == "about" || a.Slug.StartsWith("binned"))));
        Assert.Equal(6, run.Report.Created);
    }

    [Fact]
    public async Task Dates_slugs_excerpts_terms_and_bylines_come_along()
    {
        var run = await app.WordPressImportedAsync();
        var article = await ArticleAsync("heartstopper-returns");
        Assert.Equal(new DateTime(2026, 5, 2, 8, 30, 0, DateTimeKind.Utc), article.PublishAtUtc);
        Assert.Equal(new DateTime(2026, 5, 2, 8, 30, 0, DateTimeKind.Utc), article.CreatedAtUtc);
        Assert.Equal("Everything about season two, from Paris to the poster.", article.Dek);
        Assert.Equal(["TV Shows"], article.Categories.Select(c => c.Name));
        Assert.Equal(["Heartstopper", "Streaming"], article.Tags.Select(t => t.Name).Order());

        // A new writer becomes a byline that cannot sign in; a writer with a staff member's email is that member.
        var mara = Assert.Single(article.Authors);
        Assert.Equal("Mara Quill", mara.DisplayName);
        Assert.Equal("mara.quill@oldblog.example.com", mara.Email);
        Assert.Null(mara.PasswordHash);
        // Locked like an account an admin locks: a password chosen through a reset link still does not let her in.
        await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == mara.Id);
            user.PasswordHash = new Microsoft.AspNetCore.Identity.PasswordHasher<StaffUser>().HashPassword(user, "Chosen-Password-7");
            return await db.SaveChangesAsync();
        });
        using (var session = new BrowserSession(app.Reader()))
        {
            var login = await session.GetAsync("/Identity/Account/Login");
            var signIn = await session.SubmitAsync(login, "form#account", new() { ["Input.Email"] = mara.Email!, ["Input.Password"] = "Chosen-Password-7" });
            Assert.Contains("Lockout", signIn.Headers.Location!.OriginalString);
        }
        Assert.Equal(run.Staffer.Id, Assert.Single((await ArticleAsync("classic-post")).Authors).Id);

        // The hierarchy is flattened: the parent is a category of its own, with its description.
        var screen = await app.WithDbAsync(db => db.Categories.SingleAsync(c => c.Slug == "screen"));
        Assert.Equal("Film and television", screen.Description);

        var page = await new BrowserSession(app.Reader()).GetAsync("/articles/heartstopper-returns");
        Assert.Equal("Heartstopper returns: everything we know", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/author/mara-quill");
    }

    [Fact]
    public async Task Block_markup_becomes_the_dialect_and_passes_the_sanitizer()
    {
        await app.WordPressImportedAsync();
        var article = await ArticleAsync("heartstopper-returns");
        var hero = article.HeroMedia!;
        Assert.Equal("Nick and Charlie on the season two poster", hero.AltText);
        Assert.Equal("The season two poster", hero.Caption);

        Assert.Contains("The show is **back** with *more* [Netflix](https://www.netflix.com/title/81059939) drama.", article.Body);
        Assert.Contains("## What the cast said", article.Body);
        Assert.Contains("> I definitely want to be bringing in the themes of mental health.\n>\n> — Alice Oseman, [Digital Spy](https://www.digitalspy.com/)", article.Body);
        Assert.Contains("> — Kit Connor", article.Body);
        Assert.Contains("- New faces\n- A trip to Paris", article.Body);
        Assert.Contains("1. Episode one\n2. Episode two", article.Body);
        // The resized copy in the body is the same file as the featured image: one media item.
        Assert.Contains($"{{{{image {hero.Id}}}}}", article.Body);
        Assert.Contains("{{video https://www.youtube.com/watch?v=bLAsz7lD6YU}}", article.Body);
        Assert.Contains("{{video https://vimeo.com/76979871}}", article.Body);
        Assert.Contains("![A still that was never copied](https://oldblog.example.com/wp-content/uploads/2026/05/lost.jpg)", article.Body);

        var page = await new BrowserSession(app.Reader()).GetAsync("/articles/heartstopper-returns");
        var body = page.QuerySelector(".article-body")!;
        var quotes = body.QuerySelectorAll("figure.quote").ToList();
        Assert.Equal(["Alice Oseman", "Kit Connor"], quotes.Select(q => q.QuerySelector(".quote-speaker")!.TextContent.Trim()));
        Assert.Equal("https://www.digitalspy.com/", quotes[0].QuerySelector("blockquote")!.GetAttribute("cite"));
        Assert.Equal(2, body.QuerySelectorAll("figure.video").Length);
        Assert.Equal("The season two poster", body.QuerySelector("figure.image figcaption")!.TextContent.Trim().Split("cr.")[0].Trim());
        Assert.Empty(body.QuerySelectorAll("script"));
        Assert.DoesNotContain(body.QuerySelectorAll("a"), a => a.GetAttribute("href")?.StartsWith("javascript") == true);
        // Text that looks like the dialect stays text.
        Assert.Contains("{{quote 1}}", body.TextContent);
        Assert.Contains("3 * 4 = 12", body.TextContent);
        // Attributed quotes reach the quote library like any other.
        Assert.Equal(HttpStatusCode.OK, (await app.Reader().GetAsync("/people/alice-oseman")).StatusCode);
    }

    [Fact]
    public async Task Classic_markup_gets_paragraphs_and_captioned_images_become_figures()
    {
        await app.WordPressImportedAsync();
        var article = await ArticleAsync("classic-post");
        var posterId = (await ArticleAsync("heartstopper-returns")).HeroMediaId;
        Assert.StartsWith("First paragraph of the classic editor,\\\nwith a line break.\n\nSecond paragraph with a", article.Body);
        Assert.Contains($"\n\n{{{{image {posterId}}}}}\n\n", article.Body);
        Assert.Contains("{{video https://www.youtube.com/watch?v=bLAsz7lD6YU}}", article.Body);
        Assert.Contains("### A heading", article.Body);
        Assert.Contains("> Just a plain quote.", article.Body);
    }

    [Fact]
    public async Task Images_come_from_the_uploads_folder_and_a_missing_file_is_reported()
    {
        var run = await app.WordPressImportedAsync();
        Assert.Equal(1, run.Report.MediaCreated);
        Assert.Contains(run.Report.Problems, p => p.Contains("2026/05/lost.jpg") && p.Contains("line"));
        var item = await app.WithDbAsync(db => db.MediaItems.SingleAsync(m => m.ImportKey == "wordpress:https://oldblog.example.com:2026/05/poster.png"));
        Assert.Equal(1200, item.Width);
        Assert.Equal(HttpStatusCode.OK, (await app.Reader().GetAsync($"/media/{item.StorageKey}")).StatusCode);
    }

    [Fact]
    public async Task Each_article_keeps_a_revision_saying_where_it_came_from_and_the_import_is_audited()
    {
        await app.WordPressImportedAsync();
        var revision = Assert.Single((await ArticleAsync("heartstopper-returns")).Revisions);
        Assert.Equal("Imported from WordPress (publish post 11)", revision.Note);
        var audit = await app.WithDbAsync(db => db.AuditEvents.Where(e => e.Action == "import.wordpress").ToListAsync());
        Assert.Contains("6 articles", Assert.Single(audit).Details);
    }

    [Theory]
    [InlineData("/?p=11", "/articles/heartstopper-returns")]
    [InlineData("/2026/05/02/heartstopper-returns/", "/articles/heartstopper-returns")]
    [InlineData("/heartstopper-returns/", "/articles/heartstopper-returns")]
    [InlineData("/2019/03/04/classic-post/", "/articles/classic-post")]
    [InlineData("/?p=12", "/articles/classic-post")]
    [InlineData("/category/screen/tv-shows/", "/category/tv-shows")]
    public async Task Old_permalinks_answer_301_with_the_new_address(string old, string now)
    {
        await app.WordPressImportedAsync();
        var response = await app.Reader().GetAsync(old);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(now, response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await app.Reader().GetAsync(now)).StatusCode);
    }

    [Fact]
    public async Task A_second_run_creates_nothing_new()
    {
        var run = await app.WordPressImportedAsync();
        int[] Counts(Fandom.Data.FandomDbContext db) =>
            [db.Articles.Count(), db.Users.Count(), db.MediaItems.Count(), db.Categories.Count(), db.Tags.Count(), db.Redirects.Count(), db.ArticleRevisions.Count()];
        var before = await app.WithDbAsync(db => Task.FromResult(Counts(db)));

        var again = await app.WithServiceAsync<ImportService, ImportReport>(s => s.RunAsync(
            WordPressReader.Read(ImportFixtures.Stream(ImportFixtures.WordPressExport(run.Staffer.Email))), new ImportOptions(false, run.Uploads, null)));

        Assert.Equal(0, again.Created);
        Assert.All(again.Posts.Where(p => p.SourceId is "11" or "12"), p => Assert.Equal("already imported", p.Reason));
        Assert.Equal(before, await app.WithDbAsync(db => Task.FromResult(Counts(db))));
    }

    [Fact]
    public async Task The_command_line_dry_run_lists_what_it_would_do_and_changes_nothing()
    {
        var staffer = await app.CreateStaffAsync(Roles.Editor);
        var file = Path.Combine(Path.GetTempPath(), $"wxr-{Guid.NewGuid():N}.xml");
        // Another site's export: none of it is imported yet.
        await File.WriteAllTextAsync(file, ImportFixtures.WordPressExport(staffer.Email).Replace("oldblog.example.com", "dryrun.example.com"));
        var articles = await app.WithDbAsync(db => db.Articles.CountAsync());

        var (exit, output, _) = await ImportFixtures.CommandAsync(app, "import", "wordpress", file, "--uploads", ImportFixtures.UploadsFolder(), "--dry-run");

        Assert.Equal(0, exit);
        Assert.Contains("would create  Heartstopper returns: everything we know (publish)", output);
        Assert.Contains("skipped   Binned (trash): in the trash", output);
        Assert.Contains("2026/05/lost.jpg is not in the uploads folder", output);
        Assert.Contains("6 articles would be created, 2 skipped", output);
        Assert.Equal(articles, await app.WithDbAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task A_truncated_file_is_refused_with_its_line_and_nothing_is_imported()
    {
        var staffer = await app.CreateStaffAsync(Roles.Editor);
        var text = ImportFixtures.WordPressExport(staffer.Email).Replace("oldblog.example.com", "truncated.example.com");
        var file = Path.Combine(Path.GetTempPath(), $"wxr-{Guid.NewGuid():N}.xml");
        await File.WriteAllTextAsync(file, text[..(text.Length * 3 / 4)]);
        var articles = await app.WithDbAsync(db => db.Articles.CountAsync());

        var (exit, _, errors) = await ImportFixtures.CommandAsync(app, "import", "wordpress", file);

        Assert.Equal(1, exit);
        Assert.Matches(@"line \d+, column \d+: the file is not well-formed XML, or it ends too early", errors);
        Assert.Contains("Nothing was imported.", errors);
        Assert.Equal(articles, await app.WithDbAsync(db => db.Articles.CountAsync()));
    }
}

public sealed class WordPressImportTestsOnSqlite(SqliteApp app) : WordPressImportTests(app), IClassFixture<SqliteApp>;

public sealed class WordPressImportTestsOnPostgres(PostgresApp app) : WordPressImportTests(app), IClassFixture<PostgresApp>;
