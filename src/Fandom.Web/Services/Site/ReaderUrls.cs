namespace Fandom.Web.Services.Site;

/// <summary>
/// Every reader address, site-relative: the pages, feeds and sitemap files, and the pager's <c>?page=N</c>.
/// The routes are the attribute templates on the reader controllers; these build the same paths by concatenation,
/// because a card list renders dozens of links per uncached page and link generation costs several times as much
/// (docs/reader-site.md). <c>ReaderUrlsTests</c> checks each one reaches its action. Absolute URLs are
/// <see cref="PublicUrls"/> around these.
/// </summary>
public static class ReaderUrls
{
    public const string Home = "/";
    public const string Search = "/search";
    public const string Rss = "/feed";
    public const string Atom = "/atom";
    public const string Sitemap = "/sitemap.xml";

    public static string Article(string slug) => "/articles/" + slug;
    public static string Category(string slug) => "/category/" + slug;
    public static string CategoryRss(string slug) => Category(slug) + Rss;
    public static string CategoryAtom(string slug) => Category(slug) + Atom;
    public static string Tag(string slug) => "/tag/" + slug;
    public static string Author(string slug) => "/author/" + slug;
    public static string Person(string slug) => "/people/" + slug;

    /// <summary>The results page for <paramref name="query"/>, escaped.</summary>
    public static string SearchFor(string query) => Search + "?q=" + Uri.EscapeDataString(query);

    public static string SitemapArticles(int number) => $"/sitemaps/articles-{number}.xml";
    public static string SitemapPages(int number) => $"/sitemaps/pages-{number}.xml";

    /// <summary>Page <paramref name="page"/> of the list at <paramref name="path"/>: page 1 is the list's own address, without a parameter.</summary>
    public static string Page(string path, int page) =>
        page <= 1 ? path : $"{path}{(path.Contains('?') ? '&' : '?')}page={page}";
}
