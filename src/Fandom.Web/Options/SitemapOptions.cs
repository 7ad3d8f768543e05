using System.ComponentModel.DataAnnotations;

namespace Fandom.Web.Options;

public sealed class SitemapOptions
{
    public const string Section = "Fandom:Sitemap";

    /// <summary>
    /// URLs per sitemap file: the sitemaps.org limit is 50,000. A site with more becomes a sitemap index of files
    /// of at most this many URLs (lowered only to try the index on a small site).
    /// </summary>
    [Range(1, 50_000)] public int UrlsPerFile { get; set; } = 50_000;
}
