using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Fandom.Web.Infrastructure;
using Fandom.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Fandom.Web.Controllers;

/// <summary>What search engines read: the sitemap and robots.txt.</summary>
[OutputCache(PolicyName = ReaderPagesPolicy.Name)]
public sealed class SeoController(SitemapService sitemap, PublicUrls urls) : Controller
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [HttpGetOrHead("/sitemap.xml")]
    public async Task<IActionResult> Sitemap(CancellationToken ct)
    {
        var baseUrl = urls.BaseUrl(Request);
        var entries = await sitemap.EntriesAsync(ct);
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "urlset", entries.Select(e => new XElement(Ns + "url",
                new XElement(Ns + "loc", baseUrl + e.Path),
                e.LastModifiedUtc is { } at
                    ? new XElement(Ns + "lastmod", DateTime.SpecifyKind(at, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture))
                    : null))));
        using var stream = new MemoryStream();
        await using (var xml = System.Xml.XmlWriter.Create(stream, new System.Xml.XmlWriterSettings { Encoding = new UTF8Encoding(false), Async = true }))
            await document.SaveAsync(xml, ct);
        return File(stream.ToArray(), "application/xml; charset=utf-8");
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
            .Append($"Sitemap: {urls.Absolute(Request, "/sitemap.xml")}\n");
        return Content(text.ToString(), "text/plain; charset=utf-8");
    }
}
