using System.Net;
using AngleSharp.Html.Dom;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Tests.Controllers;

/// <summary>
/// A scheduled article appears at exactly its publish time on every reader surface, through the real
/// pipeline with output caching on as in production: absent at T−1 s (from a warm cache), present at T.
/// </summary>
public abstract class ScheduledVisibilityTests(FandomApp app)
{
    /// <summary>A reader surface: where it is, given the article, and whether a page shows the article.</summary>
    /// <param name="Cached">Whether the surface is output-cached (search results are not).</param>
    public sealed record Surface(string Name, Func<Scene, string> Url, Func<Scene, HttpResponseMessage, IHtmlDocument?, bool> Shows, bool Cached = true);

    public sealed record Scene(ArticleRef Scheduled, ArticleRef Earlier, string CategorySlug, string TagSlug, string AuthorSlug, string PersonSlug);

    private static bool Links(Scene scene, IHtmlDocument? page) =>
        page?.QuerySelectorAll("a").Any(a => a.GetAttribute("href") == scene.Scheduled.Url) == true;

    /// <summary>Feeds and the sitemap are XML: the article's absolute address appears in the document or not.</summary>
    private static bool Mentions(Scene scene, IHtmlDocument? document) =>
        document?.Source.Text.Contains(scene.Scheduled.Url + "<", StringComparison.Ordinal) == true
        || document?.Source.Text.Contains(scene.Scheduled.Url + "\"", StringComparison.Ordinal) == true;

    /// <summary>Every reader surface an article can appear on.</summary>
    public static readonly Surface[] Surfaces =
    [
        new("search", _ => "/search?q=exactly", (s, _, page) => Links(s, page), Cached: false),
        new("related and neighbouring articles", s => s.Earlier.Url, (s, _, page) => Links(s, page)),
        new("RSS feed", _ => "/feed", (s, _, page) => Mentions(s, page)),
        new("Atom feed", _ => "/atom", (s, _, page) => Mentions(s, page)),
        new("category feed", s => $"/category/{s.CategorySlug}/feed", (s, _, page) => Mentions(s, page)),
        new("sitemap", _ => "/sitemap.xml", (s, _, page) => Mentions(s, page)),
        new("person page", s => $"/people/{s.PersonSlug}", (s, _, page) => Links(s, page)),
        new("home", _ => "/", (s, _, page) => Links(s, page)),
        new("article page", s => s.Scheduled.Url, (_, response, page) => response.StatusCode == HttpStatusCode.OK && page?.QuerySelector("h1.article-title") is not null),
        new("category page", s => $"/category/{s.CategorySlug}", (s, _, page) => Links(s, page)),
        new("tag page", s => $"/tag/{s.TagSlug}", (s, _, page) => Links(s, page)),
        new("author page", s => $"/author/{s.AuthorSlug}", (s, _, page) => Links(s, page)),
    ];

    [Fact]
    public async Task A_scheduled_article_is_absent_one_second_before_its_time_and_present_at_it_on_every_reader_surface()
    {
        var author = await app.CreateStaffAsync(Roles.Author, $"Sched Writer {Guid.NewGuid():N}"[..20]);
        var category = await app.CategoryAsync("Schedules");
        var tag = $"Premieres {Guid.NewGuid():N}"[..16];
        // An earlier story keeps every list non-empty, so pages are 200 and cacheable before the scheduled one appears.
        // Both stories quote the same person, so the person page exists before the scheduled one appears on it.
        var speaker = $"Quoted Person {Guid.NewGuid():N}"[..22];
        var earlier = await app.ArticleAsync("Already out",
            body: $"> “The first thing I said.”\n>\n> — {speaker}", categories: [category], tags: [tag], author: author);
        var at = app.Clock.GetUtcNow().UtcDateTime.AddHours(1);
        var scheduled = await app.ArticleAsync("Exactly on time",
            body: $"> “The second thing I said.”\n>\n> — {speaker}", publishAtUtc: at, categories: [category], tags: [tag], author: author);
        var scene = new Scene(scheduled, earlier, "schedules", Fandom.Web.Content.Slugs.From(tag),
            await app.AuthorSlugAsync(author),
            Fandom.Web.Content.Slugs.From(speaker));

        app.Clock.Advance(at - app.Clock.GetUtcNow().UtcDateTime - TimeSpan.FromSeconds(1));
        foreach (var surface in Surfaces)
        {
            var (first, firstPage) = await GetAsync(surface.Url(scene));
            Assert.False(surface.Shows(scene, first, firstPage), $"{surface.Name} shows the article one second early");
            var (second, secondPage) = await GetAsync(surface.Url(scene));
            Assert.False(surface.Shows(scene, second, secondPage), $"{surface.Name} shows the article one second early");
            if (surface.Cached && second.StatusCode == HttpStatusCode.OK)
                Assert.True(second.Headers.Age is not null, $"{surface.Name} was not served from the output cache");
        }

        app.Clock.Advance(TimeSpan.FromSeconds(1));
        foreach (var surface in Surfaces)
        {
            var (response, page) = await GetAsync(surface.Url(scene));
            Assert.True(surface.Shows(scene, response, page), $"{surface.Name} does not show the article at its publish time");
        }
    }

    [Fact]
    public async Task An_article_with_an_unpublish_time_leaves_every_reader_surface_at_that_time()
    {
        var author = await app.CreateStaffAsync(Roles.Author);
        var article = await app.ArticleAsync("Here for an hour", author: author);
        var until = app.Clock.GetUtcNow().UtcDateTime.AddHours(1);
        await app.WithDbAsync(async db =>
        {
            await db.Articles.Where(a => a.Id == article.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.UnpublishAtUtc, until));
            return 0;
        });
        await app.WithServiceAsync<Fandom.Web.Services.Site.ReaderCacheInvalidation, int>(async c => { await c.PublishedContentChangedAsync(); return 0; });

        var (before, _) = await GetAsync(article.Url);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(article.Url)).Response.StatusCode);
        app.Clock.Advance(until - app.Clock.GetUtcNow().UtcDateTime);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(article.Url)).Response.StatusCode);
        var (_, home) = await GetAsync("/");
        Assert.DoesNotContain(home!.QuerySelectorAll("a"), a => a.GetAttribute("href") == article.Url);
    }

    private async Task<(HttpResponseMessage Response, IHtmlDocument? Page)> GetAsync(string url)
    {
        var response = await app.Reader().GetAsync(url);
        return (response, response.StatusCode == HttpStatusCode.OK ? await BrowserSession.ParseAsync(response) : null);
    }
}

public sealed class ScheduledVisibilityTestsOnSqlite(SqliteApp app) : ScheduledVisibilityTests(app), IClassFixture<SqliteApp>;

public sealed class ScheduledVisibilityTestsOnPostgres(PostgresApp app) : ScheduledVisibilityTests(app), IClassFixture<PostgresApp>;
