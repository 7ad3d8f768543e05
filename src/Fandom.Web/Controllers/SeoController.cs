using System.Globalization;
using System.Text;
using System.Xml;
using Fandom.Web.Infrastructure;
using Fandom.Web.Services.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Fandom.Web.Controllers;

/// <summary>What search engines read: the sitemap (or sitemap index and its files) and robots.txt.</summary>
[OutputCache(PolicyName = ReaderPagesPolicy.Name)]
public sealed class SeoController(SitemapService sitemap, PublicUrls urls) : Controller
{
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>One urlset while the site fits in one file (sitemaps.org: 50,000 URLs), else an index of its files.</summary>
    [HttpGetOrHead("/sitemap.xml")]
    public async Task<IActionResult> Sitemap(CancellationToken ct)
    {
        ReaderCacheTags.Add(HttpContext, ReaderCacheInvalidation.SitemapTag);
        var plan = await sitemap.PlanAsync(ct);
        if (plan.IsIndex)
            return Xml("sitemapindex", "sitemap", plan.Files.ToAsyncEnumerable());
        return Xml("urlset", "url", Concat(plan.Pages, sitemap.ArticlesAsync()));
    }

    [HttpGetOrHead("/sitemaps/articles-{number:int}.xml")]
    public async Task<IActionResult> Articles(int number, CancellationToken ct)
    {
        ReaderCacheTags.Add(HttpContext, ReaderCacheInvalidation.SitemapTag);
        if (number < 1) return NotFound();
        // Read ahead by one entry: an empty range is a 404, not an empty urlset.
        var entries = sitemap.ArticlesAsync(number).GetAsyncEnumerator(ct);
        if (!await entries.MoveNextAsync())
        {
            await entries.DisposeAsync();
            return NotFound();
        }
        return Xml("urlset", "url", Resume(entries));
    }

    [HttpGetOrHead("/sitemaps/pages-{number:int}.xml")]
    public async Task<IActionResult> Pages(int number, CancellationToken ct)
    {
        ReaderCacheTags.Add(HttpContext, ReaderCacheInvalidation.SitemapTag);
        var pages = await sitemap.PagesAsync(number, ct);
        return pages is null ? NotFound() : Xml("urlset", "url", pages.ToAsyncEnumerable());
    }

    /// <summary>Staff, preview and search pages are not for indexing; everything else is.</summary>
    [HttpGetOrHead("/robots.txt")]
    public IActionResult Robots()
    {
        var text = new StringBuilder()
            .Append("User-agent: *\n")
            .Append("Disallow: /editorial\n")
            .Append("Disallow: /admin\n")
            .Append("Disallow: /preview\n")
            .Append("Disallow: /search\n")
            .Append("Disallow: /Identity\n")
            .Append('\n')
            .Append($"Sitemap: {urls.Absolute(ReaderUrls.Sitemap)}\n");
        return Content(text.ToString(), "text/plain; charset=utf-8");
    }

    private static async IAsyncEnumerable<SitemapEntry> Concat(IEnumerable<SitemapEntry> first, IAsyncEnumerable<SitemapEntry> rest)
    {
        foreach (var entry in first) yield return entry;
        await foreach (var entry in rest) yield return entry;
    }

    private static async IAsyncEnumerable<SitemapEntry> Resume(IAsyncEnumerator<SitemapEntry> entries)
    {
        await using (entries)
        {
            do yield return entries.Current;
            while (await entries.MoveNextAsync());
        }
    }

    /// <summary>Writes the document as rows arrive: a 50,000-URL file is never held as a tree.</summary>
    private IActionResult Xml(string root, string item, IAsyncEnumerable<SitemapEntry> entries)
    {
        var baseUrl = urls.BaseUrl;
        return new XmlStreamResult(async (stream, ct) =>
        {
            var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Async = true };
            await using var xml = XmlWriter.Create(stream, settings);
            await xml.WriteStartDocumentAsync();
            await xml.WriteStartElementAsync(null, root, Ns);
            await foreach (var entry in entries.WithCancellation(ct))
            {
                await xml.WriteStartElementAsync(null, item, Ns);
                await xml.WriteElementStringAsync(null, "loc", Ns, baseUrl + entry.Path);
                if (entry.LastModifiedUtc is { } at)
                    await xml.WriteElementStringAsync(null, "lastmod", Ns,
                        at.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
                await xml.WriteEndElementAsync();
            }
            await xml.WriteEndElementAsync();
            await xml.WriteEndDocumentAsync();
        });
    }

    /// <summary>An XML body written straight to the response stream.</summary>
    private sealed class XmlStreamResult(Func<Stream, CancellationToken, Task> write) : IActionResult
    {
        public async Task ExecuteResultAsync(ActionContext context)
        {
            var response = context.HttpContext.Response;
            response.ContentType = "application/xml; charset=utf-8";
            await write(response.Body, context.HttpContext.RequestAborted);
        }
    }
}
