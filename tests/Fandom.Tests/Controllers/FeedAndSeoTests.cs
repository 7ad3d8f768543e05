using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Fandom.Web.Content;
using Fandom.Web.Services;
using Fandom.Web.Services.Site;
using Microsoft.AspNetCore.Hosting;

namespace Fandom.Tests.Controllers;

/// <summary>Feeds, sitemap, robots.txt and structured data: valid documents with the expected entries.</summary>
public abstract class FeedAndSeoTests(FandomApp app)
{
    private async Task<(string Key, string CategorySlug, ArticleRef Visible, string[] Hidden)> ContentAsync()
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        var category = await app.CategoryAsync($"Feed section {key}");
        var visible = await app.ArticleAsync($"Feed visible {key}", "Full **body** text.", categories: [category], tags: [$"Feed tag {key}"]);
        var draft = await app.ArticleAsync($"Feed draft {key}", categories: [category], status: ArticleStatus.Draft);
        var scheduled = await app.ArticleAsync($"Feed scheduled {key}", categories: [category], publishAtUtc: app.Now().AddDays(2));
        var archived = await app.ArticleAsync($"Feed archived {key}", categories: [category], status: ArticleStatus.Archived);
        return (key, Slugs.From($"Feed section {key}"), visible, [draft.Slug, scheduled.Slug, archived.Slug]);
    }

    private async Task<SyndicationFeed> LoadFeedAsync(string url, string contentType)
    {
        var response = await app.Reader().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
        using var xml = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        return SyndicationFeed.Load(xml);
    }

    [Theory]
    [InlineData("/feed", "application/rss+xml")]
    [InlineData("/atom", "application/atom+xml")]
    public async Task The_site_feeds_list_visible_articles_with_absolute_links_dates_and_full_content(string url, string type)
    {
        var (_, _, visible, hidden) = await ContentAsync();
        var feed = await LoadFeedAsync(url, type);

        var item = Assert.Single(feed.Items, i => i.Title.Text == visible.Title);
        var link = item.Links.Single(l => l.RelationshipType is null or "alternate").Uri;
        Assert.True(link.IsAbsoluteUri);
        Assert.Equal(visible.Url, link.AbsolutePath);
        Assert.Equal(app.Now(), item.PublishDate.UtcDateTime, TimeSpan.FromDays(1));
        Assert.True(item.PublishDate > DateTimeOffset.UnixEpoch);
        var html = type == "application/atom+xml"
            ? Assert.IsType<TextSyndicationContent>(item.Content).Text
            : Assert.Single(item.ElementExtensions.ReadElementExtensions<string>("encoded", FeedWriter.ContentNamespace));
        Assert.Contains("<strong>body</strong>", html);
        Assert.DoesNotContain(feed.Items, i => hidden.Any(slug => i.Links.Any(l => l.Uri.AbsolutePath.EndsWith(slug))));
        Assert.True(feed.Items.Count() <= FeedService.EntryCount);
    }

    [Theory]
    [InlineData("feed", "application/rss+xml")]
    [InlineData("atom", "application/atom+xml")]
    public async Task A_category_feed_lists_only_that_categorys_visible_articles(string kind, string type)
    {
        var (_, slug, visible, _) = await ContentAsync();
        await app.ArticleAsync($"Elsewhere {Guid.NewGuid():N}");
        var feed = await LoadFeedAsync($"/category/{slug}/{kind}", type);
        Assert.Equal([visible.Title], feed.Items.Select(i => i.Title.Text).ToArray());
    }

    [Fact]
    public async Task Feeds_carry_only_the_excerpt_when_full_content_is_turned_off()
    {
        var (_, slug, visible, _) = await ContentAsync();
        var admin = await app.CreateStaffAsync(Fandom.Data.Entities.Roles.Admin);
        await app.WithServiceAsync<SiteSettingsService, bool>(async s =>
        {
            await s.SaveAsync(new SettingsUpdate(null, null, null, null, null, null, FeedFullContent: false), new Actor(admin.Id, admin.DisplayName));
            return true;
        });
        try
        {
            await app.WithServiceAsync<ReaderCacheInvalidation, bool>(async c => { await c.PublishedContentChangedAsync(); return true; });
            var item = Assert.Single((await LoadFeedAsync($"/category/{slug}/feed", "application/rss+xml")).Items);
            Assert.Null(item.Content);
            Assert.Empty(item.ElementExtensions.ReadElementExtensions<string>("encoded", FeedWriter.ContentNamespace));
            Assert.Equal("A dek", item.Summary.Text);
        }
        finally
        {
            await app.WithServiceAsync<SiteSettingsService, bool>(async s =>
            {
                await s.SaveAsync(new SettingsUpdate(null, null, null, null, null, null, null), new Actor(admin.Id, admin.DisplayName));
                return true;
            });
            await app.WithServiceAsync<ReaderCacheInvalidation, bool>(async c => { await c.PublishedContentChangedAsync(); return true; });
        }
    }

    [Fact]
    public async Task The_sitemap_lists_visible_articles_categories_tags_and_authors_with_lastmod()
    {
        var (key, slug, visible, hidden) = await ContentAsync();
        var response = await app.Reader().GetAsync("/sitemap.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        Assert.Equal(ns + "urlset", document.Root!.Name);
        var urls = document.Root.Elements(ns + "url").ToDictionary(
            u => new Uri(u.Element(ns + "loc")!.Value).AbsolutePath,
            u => u.Element(ns + "lastmod")?.Value);
        Assert.All(document.Root.Elements(ns + "url"), u => Assert.True(new Uri(u.Element(ns + "loc")!.Value).IsAbsoluteUri));

        Assert.True(DateTimeOffset.TryParse(urls[visible.Url], out _));
        Assert.True(DateTimeOffset.TryParse(urls[$"/category/{slug}"], out _));
        Assert.Contains($"/tag/{Slugs.From($"Feed tag {key}")}", urls.Keys);
        Assert.Contains(urls.Keys, path => path.StartsWith("/author/"));
        Assert.Contains("/", urls.Keys);
        Assert.DoesNotContain(urls.Keys, path => hidden.Any(h => path.EndsWith(h)));
    }

    [Fact]
    public async Task Past_the_per_file_limit_the_sitemap_is_an_index_of_files_within_the_limit_that_list_every_url_once()
    {
        var (key, slug, visible, hidden) = await ContentAsync();
        for (var i = 0; i < 4; i++) await app.ArticleAsync($"Sitemap filler {key} {i}", tags: [$"Sitemap tag {key} {i}"]);
        const int perFile = 3;
        using var small = app.WithWebHostBuilder(host => host.UseSetting("Fandom:Sitemap:UrlsPerFile", perFile.ToString()));
        var reader = small.CreateClient();
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

        var index = XDocument.Parse(await reader.GetStringAsync("/sitemap.xml"));
        Assert.Equal(ns + "sitemapindex", index.Root!.Name);
        var files = index.Root.Elements(ns + "sitemap").ToList();
        Assert.True(files.Count > 2);
        // Listing files say when they last changed; article files leave it to their entries (lastmod is optional in
        // an index, and the newest change among fifty thousand articles would be read on every visit).
        Assert.All(files.Where(f => f.Element(ns + "loc")!.Value.Contains("/pages-")),
            f => Assert.True(DateTimeOffset.TryParse(f.Element(ns + "lastmod")?.Value, out _)));
        Assert.All(files.Where(f => f.Element(ns + "loc")!.Value.Contains("/articles-")), f => Assert.Null(f.Element(ns + "lastmod")));

        var urls = new List<string>();
        foreach (var file in files)
        {
            var loc = new Uri(file.Element(ns + "loc")!.Value);
            Assert.Matches("^/sitemaps/(articles|pages)-[0-9]+\\.xml$", loc.AbsolutePath);
            var response = await reader.GetAsync(loc.AbsolutePath);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var part = XDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(ns + "urlset", part.Root!.Name);
            var entries = part.Root.Elements(ns + "url").Select(u => new Uri(u.Element(ns + "loc")!.Value).AbsolutePath).ToList();
            Assert.InRange(entries.Count, 1, perFile);
            urls.AddRange(entries);
        }

        Assert.Equal(urls.Count, urls.Distinct().Count());
        Assert.Contains("/", urls);
        Assert.Contains(visible.Url, urls);
        Assert.Contains($"/category/{slug}", urls);
        Assert.Contains($"/tag/{Slugs.From($"Sitemap tag {key} 3")}", urls);
        Assert.Contains(urls, path => path.StartsWith("/author/"));
        Assert.DoesNotContain(urls, path => hidden.Any(h => path.EndsWith(h)));
        // The same site in one file lists the same URLs.
        var single = XDocument.Parse(await app.Reader().GetStringAsync("/sitemap.xml"));
        Assert.Equal(single.Root!.Elements(ns + "url").Select(u => new Uri(u.Element(ns + "loc")!.Value).AbsolutePath).Order(), urls.Order());
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/sitemaps/articles-999999.xml")).StatusCode);
    }

    [Fact]
    public async Task Robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_staff_preview_and_search_pages()
    {
        var text = await app.Reader().GetStringAsync("/robots.txt");
        var lines = text.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains(lines, l => l.StartsWith("Sitemap: http") && l.EndsWith("/sitemap.xml"));
        foreach (var path in new[] { "/editorial", "/admin", "/preview", "/search" })
            Assert.Contains($"Disallow: {path}", lines);
    }

    [Fact]
    public async Task The_article_page_has_open_graph_twitter_and_news_article_json_ld()
    {
        var (_, _, visible, _) = await ContentAsync();
        var page = await new BrowserSession(app.Reader()).GetAsync(visible.Url);
        string? Meta(string selector) => page.QuerySelector(selector)?.GetAttribute("content");

        var canonical = page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!;
        Assert.Equal(visible.Url, new Uri(canonical).AbsolutePath);
        Assert.Equal(visible.Title, Meta("meta[property='og:title']"));
        Assert.Equal(canonical, Meta("meta[property='og:url']"));
        Assert.Equal("A dek", Meta("meta[name=description]"));
        Assert.Equal("summary", Meta("meta[name='twitter:card']"));

        var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("NewsArticle", json.GetProperty("@type").GetString());
        Assert.Equal(visible.Title, json.GetProperty("headline").GetString());
        Assert.True(DateTimeOffset.TryParse(json.GetProperty("datePublished").GetString(), out _));
        Assert.True(DateTimeOffset.TryParse(json.GetProperty("dateModified").GetString(), out _));
        var author = json.GetProperty("author")[0];
        Assert.Equal("Person", author.GetProperty("@type").GetString());
        Assert.StartsWith("http", author.GetProperty("url").GetString());
        Assert.Equal("Organization", json.GetProperty("publisher").GetProperty("@type").GetString());
        Assert.False(string.IsNullOrEmpty(json.GetProperty("publisher").GetProperty("name").GetString()));
        Assert.Equal(canonical, json.GetProperty("mainEntityOfPage").GetProperty("@id").GetString());
    }

    [Fact]
    public async Task Json_ld_cannot_be_closed_by_text_in_the_article()
    {
        var title = "Ending </script><script>alert(1)</script> early";
        var article = await app.ArticleAsync(title);
        var page = await new BrowserSession(app.Reader()).GetAsync(article.Url);
        // Script files (src) are the site's own; any inline script must be the one JSON-LD block.
        var scripts = page.QuerySelectorAll("script:not([src])");
        var jsonLd = Assert.Single(scripts);
        Assert.Equal(title, JsonDocument.Parse(jsonLd.TextContent).RootElement.GetProperty("headline").GetString());
    }
}

public sealed class FeedAndSeoTestsOnSqlite(SqliteApp app) : FeedAndSeoTests(app), IClassFixture<SqliteApp>;

public sealed class FeedAndSeoTestsOnPostgres(PostgresApp app) : FeedAndSeoTests(app), IClassFixture<PostgresApp>;
