using System.Net;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Fandom.Web.Content;
using Fandom.Web.Services.Site;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Fandom.Tests.Services.Site;

/// <summary>
/// The reader addresses are built by concatenation, the routes are the controllers' attribute templates: each
/// address the builder makes is the one routing generates for its action, and a request for it reaches that action.
/// </summary>
public abstract class ReaderUrlsTests(FandomApp app)
{
    private sealed record Case(string Url, string Controller, string Action, object? Values = null);

    private async Task<List<Case>> CasesAsync()
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        var category = await app.CategoryAsync($"Urls section {key}");
        var author = await app.CreateStaffAsync(Roles.Author, $"Urls writer {key}");
        // The quote gives its speaker a person page.
        var article = await app.ArticleAsync($"Urls story {key}", $"> “Said once.”\n>\n> — Urls Person {key}",
            categories: [category], tags: [$"Urls topic {key}"], author: author);
        var person = Slugs.From($"Urls Person {key}");
        var section = Slugs.From($"Urls section {key}");
        var tag = Slugs.From($"Urls topic {key}");
        var writer = await app.AuthorSlugAsync(author);
        return
        [
            new(ReaderUrls.Home, "Home", "Index"),
            new(ReaderUrls.Article(article.Slug), "Articles", "Show", new { slug = article.Slug }),
            new(ReaderUrls.Category(section), "Listings", "Category", new { slug = section }),
            new(ReaderUrls.Tag(tag), "Listings", "Tag", new { slug = tag }),
            new(ReaderUrls.Author(writer), "Listings", "Author", new { slug = writer }),
            new(ReaderUrls.Person(person), "People", "Show", new { slug = person }),
            new(ReaderUrls.Search, "Search", "Index"),
            new(ReaderUrls.SearchFor($"story {key}"), "Search", "Index", new { q = $"story {key}" }),
            new(ReaderUrls.Rss, "Feeds", "Rss"),
            new(ReaderUrls.Atom, "Feeds", "Atom"),
            new(ReaderUrls.CategoryRss(section), "Feeds", "CategoryRss", new { slug = section }),
            new(ReaderUrls.CategoryAtom(section), "Feeds", "CategoryAtom", new { slug = section }),
            new(ReaderUrls.Sitemap, "Seo", "Sitemap"),
            new(ReaderUrls.SitemapPages(1), "Seo", "Pages", new { number = 1 }),
            new(ReaderUrls.SitemapArticles(1), "Seo", "Articles", new { number = 1 }),
        ];
    }

    [Fact]
    public async Task Each_reader_url_is_the_one_its_route_generates()
    {
        var links = app.Services.GetRequiredService<LinkGenerator>();
        foreach (var (url, controller, action, values) in await CasesAsync())
        {
            var generated = links.GetPathByAction(action, controller, new RouteValueDictionary(values) { ["area"] = "" });
            Assert.Equal(url, generated);
        }
    }

    [Fact]
    public async Task Each_reader_url_reaches_its_action()
    {
        foreach (var (url, controller, action, _) in await CasesAsync())
        {
            var query = url.IndexOf('?');
            var context = await app.Server.SendAsync(c =>
            {
                c.Request.Method = HttpMethods.Get;
                c.Request.Path = query < 0 ? url : url[..query];
                c.Request.QueryString = query < 0 ? QueryString.Empty : new QueryString(url[query..]);
            });
            Assert.True(context.Response.StatusCode == (int)HttpStatusCode.OK, $"{url} answered {context.Response.StatusCode}");
            var reached = context.GetEndpoint()?.Metadata.GetMetadata<ControllerActionDescriptor>();
            Assert.True(reached is not null, $"{url} reached no action");
            reached.RouteValues.TryGetValue("area", out var area);
            Assert.Equal((controller, action, ""), (reached.ControllerName, reached.ActionName, area ?? ""));
        }
    }

    [Theory]
    [InlineData("/category/news", 1, "/category/news")]
    [InlineData("/category/news", 0, "/category/news")]
    [InlineData("/category/news", 2, "/category/news?page=2")]
    [InlineData("/search?q=lantern", 3, "/search?q=lantern&page=3")]
    public void A_page_past_the_first_is_a_page_parameter(string path, int page, string url) =>
        Assert.Equal(url, ReaderUrls.Page(path, page));
}

public sealed class ReaderUrlsTestsOnSqlite(SqliteApp app) : ReaderUrlsTests(app), IClassFixture<SqliteApp>;

public sealed class ReaderUrlsTestsOnPostgres(PostgresApp app) : ReaderUrlsTests(app), IClassFixture<PostgresApp>;
