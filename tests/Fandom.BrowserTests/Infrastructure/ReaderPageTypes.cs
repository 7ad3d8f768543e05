using System.Net;
using AngleSharp.Html.Parser;

namespace Fandom.BrowserTests.Infrastructure;

/// <summary>One address a reader can open and the status it answers with.</summary>
public sealed record ReaderPage(string Name, string Path, HttpStatusCode Status);

/// <summary>
/// The demo site with one of each reader page type: the demo newsroom plus a section deep enough for a third page
/// and a draft behind a share link. Every article the front page links to is listed as well, since each demo
/// article shows off a different part of the Markdown dialect (quotes, videos, spoilers, images, tables).
/// </summary>
public sealed class ReaderPageTypes : IAsyncLifetime
{
    /// <summary>The section given an archive, so its page 3 exists.</summary>
    public const string DeepSection = "pop-culture";

    public LiveSite Site { get; } = new();

    public IReadOnlyList<ReaderPage> Pages { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await Site.InitializeAsync();
        using var http = new HttpClient { BaseAddress = new Uri(Site.BaseUrl) };
        var parser = new HtmlParser();
        var home = parser.ParseDocument(await http.GetStringAsync("/"));
        var olderHome = parser.ParseDocument(await http.GetStringAsync("/?page=2"));
        var lead = home.QuerySelector(".lead-title a")!.GetAttribute("href")!;
        var leadArticle = parser.ParseDocument(await http.GetStringAsync(lead));
        var tag = leadArticle.QuerySelector(".tags a")!.GetAttribute("href")!;
        var author = leadArticle.QuerySelector("a[rel=author]")!.GetAttribute("href")!;
        var articles = new[] { home, olderHome }
            .SelectMany(d => d.QuerySelectorAll("main a[href^='/articles/']").Select(a => a.GetAttribute("href")!))
            .Where(href => href != lead).Distinct().Order(StringComparer.Ordinal).ToList();

        // Added after the demo's articles were listed; backdated, so the front page stays the demo's.
        await Site.PublishArchiveAsync(DeepSection, 30, DateTime.UtcNow);
        var preview = await Site.PreviewLinkAsync("A draft shown before it is published",
            "## What readers will see\n\nThe preview shows the draft **exactly** as the article page will.");

        Pages =
        [
            new("home", "/", HttpStatusCode.OK),
            new("home-page-2", "/?page=2", HttpStatusCode.OK),
            new("article", lead, HttpStatusCode.OK),
            new("category", $"/category/{DeepSection}", HttpStatusCode.OK),
            new("category-page-3", $"/category/{DeepSection}?page=3", HttpStatusCode.OK),
            new("tag", tag, HttpStatusCode.OK),
            new("author", author, HttpStatusCode.OK),
            new("person", "/people/mara-ellison", HttpStatusCode.OK),
            new("search", "/search?q=lantern", HttpStatusCode.OK),
            new("search-no-match", "/search?q=zyxwvut", HttpStatusCode.OK),
            new("search-empty", "/search", HttpStatusCode.OK),
            new("not-found", "/articles/no-such-story", HttpStatusCode.NotFound),
            new("server-error", "/error", HttpStatusCode.InternalServerError),
            new("setup", "/setup", HttpStatusCode.OK),
            new("preview", preview, HttpStatusCode.OK),
            .. articles.Select(path => new ReaderPage("article-" + path.Split('/')[^1], path, HttpStatusCode.OK)),
        ];
    }

    public Task DisposeAsync() => ((IAsyncLifetime)Site).DisposeAsync();
}
