using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Fandom.Web.Services;
using Fandom.Web.Services.Articles;
using Fandom.Web.Services.Editorial;
using Fandom.Web.Services.Site;
using Fandom.Web.Content;
using Fandom.Web.Models;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Tests.Controllers;

/// <summary>Every reader route, with published, draft, scheduled and archived content side by side.</summary>
public abstract class ReaderRoutesTests(FandomApp app)
{
    private sealed record Newsroom(string Key, string CategorySlug, string TagSlug, string AuthorSlug,
        ArticleRef Published, ArticleRef Draft, ArticleRef Scheduled, ArticleRef Archived);

    /// <summary>One of each state, all in the same category and tag, by the same author; titles unique to the test.</summary>
    private async Task<Newsroom> NewsroomAsync()
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        var category = await app.CategoryAsync($"Section {key}");
        var tag = $"Topic {key}";
        var author = await app.CreateStaffAsync(Roles.Author, $"Writer {key}");
        var published = await app.ArticleAsync($"Published {key}", categories: [category], tags: [tag], author: author);
        var draft = await app.ArticleAsync($"Draft {key}", categories: [category], tags: [tag], author: author, status: ArticleStatus.Draft);
        var scheduled = await app.ArticleAsync($"Scheduled {key}", categories: [category], tags: [tag], author: author,
            publishAtUtc: app.Now().AddDays(3));
        var archived = await app.ArticleAsync($"Archived {key}", categories: [category], tags: [tag], author: author, status: ArticleStatus.Archived);
        return new Newsroom(key, Slugs.From($"Section {key}"), Slugs.From(tag), await app.AuthorSlugAsync(author),
            published, draft, scheduled, archived);
    }

    private static List<string> Titles(IHtmlDocument page) =>
        page.QuerySelectorAll(".lead-title a, .card-title a").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task Home_category_tag_and_author_pages_list_only_visible_articles()
    {
        var n = await NewsroomAsync();
        var reader = new BrowserSession(app.Reader());
        foreach (var url in new[] { "/", $"/category/{n.CategorySlug}", $"/tag/{n.TagSlug}", $"/author/{n.AuthorSlug}" })
        {
            var titles = Titles(await reader.GetAsync(url));
            Assert.Contains(n.Published.Title, titles);
            Assert.DoesNotContain(n.Draft.Title, titles);
            Assert.DoesNotContain(n.Scheduled.Title, titles);
            Assert.DoesNotContain(n.Archived.Title, titles);
        }
    }

    [Fact]
    public async Task Draft_scheduled_and_archived_articles_are_404_and_the_published_one_is_not()
    {
        var n = await NewsroomAsync();
        var reader = app.Reader();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(n.Published.Url)).StatusCode);
        foreach (var hidden in new[] { n.Draft, n.Scheduled, n.Archived })
            Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(hidden.Url)).StatusCode);
    }

    [Theory]
    [InlineData("/articles/no-such-story")]
    [InlineData("/category/no-such-section")]
    [InlineData("/tag/no-such-topic")]
    [InlineData("/author/no-such-writer")]
    [InlineData("/category/no-such-section/feed")]
    [InlineData("/category/no-such-section/atom")]
    [InlineData("/no/such/page")]
    public async Task Unknown_slugs_are_a_real_404_page(string url)
    {
        var response = await app.Reader().GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await BrowserSession.ParseAsync(response);
        Assert.Equal("Page not found", page.QuerySelector("main h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("main form[role=search]"));
    }

    [Fact]
    public async Task An_author_with_only_unpublished_work_has_no_page()
    {
        var author = await app.CreateStaffAsync(Roles.Author);
        await app.ArticleAsync($"Only a draft {Guid.NewGuid():N}", author: author, status: ArticleStatus.Draft);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().GetAsync($"/author/{await app.AuthorSlugAsync(author)}")).StatusCode);
    }

    [Fact]
    public async Task An_unpublished_articles_former_slug_redirects_nowhere()
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        var article = await app.ArticleAsync($"Renamed then pulled {key}");
        var editor = await app.CreateStaffAsync(Roles.Editor);
        using (var session = await app.SignInAsync(editor))
            await session.SubmitAsync(await session.GetAsync($"/editorial/articles/{article.Id}"), "form.editor-form", new() { ["Slug"] = $"pulled-{key}" });
        Assert.Equal(HttpStatusCode.MovedPermanently, (await app.Reader().GetAsync(article.Url)).StatusCode);

        var taken = await app.WithServiceAsync<WorkflowService, Outcome<WorkflowError>>(w => w.UnpublishAsync(article.Id, new Actor(editor.Id, editor.DisplayName)));
        Assert.True(taken.Succeeded);

        // The draft's new address must not be given away by its old one.
        var old = await app.Reader().GetAsync(article.Url);
        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        Assert.Null(old.Headers.Location);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().GetAsync($"/articles/pulled-{key}")).StatusCode);
    }

    [Fact]
    public async Task A_tag_only_unpublished_articles_carry_has_no_page_until_one_is_visible()
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        var tag = $"Unannounced {key}";
        var url = $"/tag/{Slugs.From(tag)}";
        await app.ArticleAsync($"Draft {key}", tags: [tag], status: ArticleStatus.Draft);
        await app.ArticleAsync($"In review {key}", tags: [tag], status: ArticleStatus.InReview);
        await app.ArticleAsync($"Archived {key}", tags: [tag], status: ArticleStatus.Archived);
        var at = app.Now().AddHours(1);
        await app.ArticleAsync($"Scheduled {key}", tags: [tag], publishAtUtc: at);

        Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().GetAsync(url)).StatusCode);
        app.Clock.Advance(at - app.Now());
        Assert.Equal(HttpStatusCode.OK, (await app.Reader().GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task A_person_quoted_only_in_unpublished_articles_has_no_page()
    {
        var speaker = $"Unheard Person {Guid.NewGuid():N}"[..24];
        await app.ArticleAsync(body: $"> “Not yet said aloud.”\n>\n> — {speaker}", status: ArticleStatus.Draft);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().GetAsync($"/people/{Slugs.From(speaker)}")).StatusCode);
    }

    [Fact]
    public async Task A_category_is_a_section_and_has_its_page_while_it_shows_no_article()
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        var category = await app.CategoryAsync($"Quiet {key}");
        await app.ArticleAsync($"Draft {key}", categories: [category], status: ArticleStatus.Draft);
        var page = await new BrowserSession(app.Reader()).GetAsync($"/category/{Slugs.From($"Quiet {key}")}");
        Assert.Empty(Titles(page));
    }

    [Fact]
    public async Task Paging_links_next_and_previous_and_a_page_past_the_end_is_404()
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        var category = await app.CategoryAsync($"Paged {key}");
        var slug = Slugs.From($"Paged {key}");
        // One more than a page: the default page holds twelve.
        for (var i = 0; i < 13; i++) await app.ArticleAsync($"Paged story {i} {key}", categories: [category]);
        await app.ArticleAsync($"Paged draft {key}", categories: [category], status: ArticleStatus.Draft);
        var reader = new BrowserSession(app.Reader());

        var first = await reader.GetAsync($"/category/{slug}");
        Assert.Equal(12, first.QuerySelectorAll(".card").Length);
        Assert.EndsWith($"/category/{slug}", first.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.EndsWith($"/category/{slug}?page=2", first.QuerySelector("head link[rel=next]")!.GetAttribute("href"));
        Assert.Null(first.QuerySelector("head link[rel=prev]"));
        Assert.Equal($"/category/{slug}?page=2", first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
        Assert.Null(first.QuerySelector(".pager a[rel=prev]"));

        var second = await reader.GetAsync($"/category/{slug}?page=2");
        Assert.Equal(["Paged story 0 " + key], second.QuerySelectorAll(".card-title a").Select(a => a.TextContent).ToArray());
        Assert.EndsWith($"/category/{slug}?page=2", second.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.EndsWith($"/category/{slug}", second.QuerySelector("head link[rel=prev]")!.GetAttribute("href"));
        Assert.Equal($"/category/{slug}", second.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(second.QuerySelector("head link[rel=next]"));

        var pageOne = await reader.GetAsync($"/category/{slug}?page=1");
        Assert.EndsWith($"/category/{slug}", pageOne.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));

        foreach (var url in new[] { $"/category/{slug}?page=3", $"/category/{slug}?page=0", "/?page=1000", "/?page=-1", "/?page=2147483647" })
            Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task The_article_page_has_byline_date_reading_time_terms_notes_related_and_neighbours()
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        var category = await app.CategoryAsync($"Shelf {key}");
        var author = await app.CreateStaffAsync(Roles.Author, $"Byline {key}");
        var older = await app.ArticleAsync($"Older {key}", categories: [category], tags: [$"Ink {key}"]);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var words = string.Join(' ', Enumerable.Repeat("word", 700));
        var article = await app.ArticleAsync($"Main {key}", words, categories: [category], tags: [$"Ink {key}", $"Paper {key}"],
            author: author, contentNotes: "grief, violence");
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var newer = await app.ArticleAsync($"Newer {key}", tags: [$"Paper {key}"]);
        await app.ArticleAsync($"Related draft {key}", tags: [$"Ink {key}"], status: ArticleStatus.Draft);
        await app.ArticleAsync($"Related archived {key}", tags: [$"Ink {key}"], status: ArticleStatus.Archived);
        await app.ArticleAsync($"Related scheduled {key}", tags: [$"Ink {key}"], publishAtUtc: app.Now().AddDays(1));

        var page = await new BrowserSession(app.Reader()).GetAsync(article.Url);

        Assert.Equal($"Main {key}", page.QuerySelector("h1")!.TextContent);
        var byline = page.QuerySelector(".article-byline")!;
        Assert.Equal($"/author/{await app.AuthorSlugAsync(author)}", byline.QuerySelector("a[rel=author]")!.GetAttribute("href"));
        Assert.True(DateTimeOffset.TryParse(byline.QuerySelector("time")!.GetAttribute("datetime"), out _));
        Assert.Equal("3 min read", byline.QuerySelector(".reading-time")!.TextContent);
        Assert.Equal($"Shelf {key}", page.QuerySelector(".article-header .kicker a")!.TextContent);
        Assert.Equal([$"Ink {key}", $"Paper {key}"], page.QuerySelectorAll(".tags a").Select(a => a.TextContent).Order().ToArray());
        var notes = page.QuerySelector(".content-notes")!;
        Assert.Contains("grief, violence", notes.TextContent);
        Assert.True(notes.CompareDocumentPosition(page.QuerySelector(".article-body")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));

        var related = page.QuerySelectorAll(".related .card-title a").Select(a => a.TextContent).ToList();
        Assert.Equal(new[] { $"Older {key}", $"Newer {key}" }.Order(), related.Order());
        Assert.Equal(older.Url, page.QuerySelector(".prev-next a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal(newer.Url, page.QuerySelector(".prev-next a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Related_stories_rank_by_shared_tags_then_shared_categories_then_newest()
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        var shelf = await app.CategoryAsync($"Shelf {key}");
        // More tags than the related stories search: the ones past it simply do not compete.
        var tags = Enumerable.Range(1, RelatedStories.TagSlots + 2).Select(n => $"Ink{n} {key}").ToArray();
        var twoTags = await app.ArticleAsync($"Two tags {key}", tags: tags[..2]);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var oneTagAndShelf = await app.ArticleAsync($"One tag and the shelf {key}", categories: [shelf], tags: tags[..1]);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var oneTag = await app.ArticleAsync($"One tag {key}", tags: tags[1..2]);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await app.ArticleAsync($"Shelf only {key}", categories: [shelf]);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var article = await app.ArticleAsync($"Main {key}", categories: [shelf], tags: tags);

        var page = await new BrowserSession(app.Reader()).GetAsync(article.Url);

        var related = page.QuerySelectorAll(".related .card-title a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([twoTags.Url, oneTagAndShelf.Url, oneTag.Url], related);
    }

    [Fact]
    public async Task Related_stories_come_from_categories_alone_or_tags_alone()
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        var shelf = await app.CategoryAsync($"Shelf {key}");
        var onTheShelf = await app.ArticleAsync($"On the shelf {key}", categories: [shelf]);
        var inInk = await app.ArticleAsync($"In ink {key}", tags: [$"Ink {key}"]);
        var shelfOnly = await app.ArticleAsync($"Shelf only {key}", categories: [shelf]);
        var tagOnly = await app.ArticleAsync($"Tag only {key}", tags: [$"Ink {key}"]);

        foreach (var (article, expected) in new[] { (shelfOnly, onTheShelf), (tagOnly, inInk) })
        {
            var page = await new BrowserSession(app.Reader()).GetAsync(article.Url);
            Assert.Equal([expected.Url], page.QuerySelectorAll(".related .card-title a").Select(a => a.GetAttribute("href")));
        }
    }

    [Fact]
    public async Task A_scheduled_article_appears_on_the_cached_front_page_exactly_at_its_time()
    {
        var reader = new BrowserSession(app.Reader());
        await reader.GetAsync("/");
        var scheduled = await app.ArticleAsync($"Exactly on time {Guid.NewGuid():N}", publishAtUtc: app.Now().AddMinutes(30));
        Assert.DoesNotContain(scheduled.Title, Titles(await reader.GetAsync("/")));
        Assert.DoesNotContain(scheduled.Title, Titles(await reader.GetAsync("/")));

        app.Clock.Advance(TimeSpan.FromMinutes(30));

        Assert.Contains(scheduled.Title, Titles(await reader.GetAsync("/")));
    }

    [Fact]
    public async Task Anonymous_pages_are_served_from_the_output_cache_until_content_changes()
    {
        var article = await app.ArticleAsync($"Cached {Guid.NewGuid():N}");
        var reader = new BrowserSession(app.Reader());
        await reader.GetAsync(article.Url);
        // A change behind the services' back is not seen while the cached page lives…
        await app.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Title, "Changed quietly")));
        Assert.Equal(article.Title, (await reader.GetAsync(article.Url)).QuerySelector("h1")!.TextContent);
        // …and is as soon as a service announces a change.
        await app.WithServiceAsync<Fandom.Web.Services.Site.ReaderCacheInvalidation, bool>(async c => { await c.PublishedContentChangedAsync(); return true; });
        Assert.Equal("Changed quietly", (await reader.GetAsync(article.Url)).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Signed_in_staff_never_get_the_anonymous_cached_page_nor_fill_the_cache()
    {
        var article = await app.ArticleAsync($"Staff view {Guid.NewGuid():N}");
        var anonymous = new BrowserSession(app.Reader());
        Assert.Null((await anonymous.GetAsync(article.Url)).QuerySelector(".staff-bar"));

        var staff = await app.SignInAsNewAsync(Roles.Editor);
        Assert.NotNull((await staff.GetAsync(article.Url)).QuerySelector(".staff-bar"));
        Assert.NotNull((await staff.GetAsync("/")).QuerySelector(".staff-bar"));

        Assert.Null((await anonymous.GetAsync("/")).QuerySelector(".staff-bar"));
        Assert.Null((await anonymous.GetAsync(article.Url)).QuerySelector(".staff-bar"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/feed")]
    [InlineData("/sitemap.xml")]
    public async Task Reader_routes_answer_head_requests(string url)
    {
        // Kestrel drops the body of a HEAD response; the test server does not, so only status and type are checked.
        var response = await app.Reader().SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Content.Headers.ContentType);
    }

    [Fact]
    public async Task A_conditional_get_with_the_etag_answers_304()
    {
        var article = await app.ArticleAsync($"Conditional {Guid.NewGuid():N}");
        var client = app.Reader();
        var first = await client.GetAsync(article.Url);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        var again = new HttpRequestMessage(HttpMethod.Get, article.Url);
        again.Headers.IfNoneMatch.Add(etag);
        var second = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());

        var stale = new HttpRequestMessage(HttpMethod.Get, article.Url);
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(stale)).StatusCode);
    }

    [Fact]
    public async Task Pages_are_compressed_with_brotli_or_gzip_and_versioned_assets_are_cached_for_a_year()
    {
        var client = app.Reader();
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptEncoding.ParseAdd("br");
        var response = await client.SendAsync(request);
        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));

        var gzip = new HttpRequestMessage(HttpMethod.Get, "/feed");
        gzip.Headers.AcceptEncoding.ParseAdd("gzip");
        Assert.Equal("gzip", Assert.Single((await client.SendAsync(gzip)).Content.Headers.ContentEncoding));

        var home = await new BrowserSession(app.Reader()).GetAsync("/");
        var css = home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Contains("?v=", css);
        var asset = await client.GetAsync(css);
        Assert.Equal(TimeSpan.FromDays(365), asset.Headers.CacheControl!.MaxAge);
    }

    [Fact]
    public async Task A_card_names_every_author_and_its_section_and_writes_markup_in_titles_as_text()
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        var category = await app.CategoryAsync($"Section {key}");
        var writers = new List<StaffCredentials>();
        foreach (var name in new[] { "Ana", "Ben", "Cleo" }) writers.Add(await app.CreateStaffAsync(Roles.Author, $"{name} {key}"));
        var title = $"<b>Bold</b> & \"quoted\" {key}";
        var article = await app.ArticleAsync(title, categories: [category], author: writers[0], dek: "<i>dek</i>");
        await app.WithDbAsync(async db =>
        {
            var row = await db.Articles.Include(a => a.Authors).SingleAsync(a => a.Id == article.Id);
            var others = writers.Skip(1).Select(w => w.Id).ToList();
            row.Authors.AddRange(await db.Users.Where(u => others.Contains(u.Id)).ToListAsync());
            return await db.SaveChangesAsync();
        });
        await app.WithServiceAsync<ReaderCacheInvalidation, bool>(async cache => { await cache.PublishedContentChangedAsync(); return true; });

        var reader = new BrowserSession(app.Reader());
        var page = await reader.GetAsync($"/category/{Slugs.From($"Section {key}")}");
        var card = Assert.Single(page.QuerySelectorAll("article.card"));
        Assert.Equal(title, card.QuerySelector(".card-title a")!.TextContent);
        Assert.Equal(article.Url, card.QuerySelector(".card-title a")!.GetAttribute("href"));
        Assert.Null(card.QuerySelector(".card-title b"));
        Assert.Equal("<i>dek</i>", card.QuerySelector(".dek")!.TextContent);
        Assert.Equal($"Section {key}", card.QuerySelector(".kicker a.cat")!.TextContent);
        Assert.Contains(CategoryColours.ClassFor(Slugs.From($"Section {key}")), card.ClassList);

        var links = card.QuerySelectorAll(".byline-authors a").ToList();
        Assert.Equal(writers.Select(w => w.DisplayName).Order(), links.Select(a => a.TextContent).Order());
        Assert.Equal($"By {links[0].TextContent}, {links[1].TextContent} and {links[2].TextContent}",
            card.QuerySelector(".byline-authors")!.TextContent);
        foreach (var link in links)
            Assert.Equal($"/author/{await app.AuthorSlugAsync(writers.Single(w => w.DisplayName == link.TextContent))}", link.GetAttribute("href"));
        Assert.True(DateTimeOffset.TryParse(card.QuerySelector(".byline time")!.GetAttribute("datetime"), out _));

        // The article's own byline names the same three, as authors of the page.
        var own = (await reader.GetAsync(article.Url)).QuerySelector(".article-byline")!;
        Assert.Equal(links.Select(a => a.TextContent), own.QuerySelectorAll("a[rel=author]").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Every_page_links_its_feeds_and_list_pages_have_descriptions_and_canonicals()
    {
        var n = await NewsroomAsync();
        var reader = new BrowserSession(app.Reader());
        var category = await reader.GetAsync($"/category/{n.CategorySlug}");
        var feeds = category.QuerySelectorAll("head link[rel=alternate]").Select(l => l.GetAttribute("href")!).ToList();
        Assert.Contains(feeds, f => f.EndsWith("/feed") && !f.Contains("/category/"));
        Assert.Contains(feeds, f => f.EndsWith($"/category/{n.CategorySlug}/feed"));
        Assert.Contains(feeds, f => f.EndsWith($"/category/{n.CategorySlug}/atom"));
        Assert.NotNull(category.QuerySelector("head meta[name=description]"));
        Assert.Equal($"/category/{n.CategorySlug}", category.QuerySelector("nav.sections a[aria-current=page]")!.GetAttribute("href"));
        Assert.StartsWith("http", category.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }
}

public sealed class ReaderRoutesTestsOnSqlite(SqliteApp app) : ReaderRoutesTests(app), IClassFixture<SqliteApp>;

public sealed class ReaderRoutesTestsOnPostgres(PostgresApp app) : ReaderRoutesTests(app), IClassFixture<PostgresApp>;
