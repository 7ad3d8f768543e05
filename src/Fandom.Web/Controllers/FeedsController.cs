using System.ServiceModel.Syndication;
using System.Xml;
using Fandom.Web.Infrastructure;
using Fandom.Web.Services.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Fandom.Web.Controllers;

/// <summary>RSS 2.0 and Atom 1.0 feeds of the site and of each category.</summary>
[OutputCache(PolicyName = ReaderPagesPolicy.Name)]
public sealed class FeedsController(FeedService feeds, PublicUrls urls, SiteSettingsService settings) : Controller
{
    [HttpGetOrHead("/feed")]
    public Task<IActionResult> Rss(CancellationToken ct) => Feed(null, atom: false, ct);

    [HttpGetOrHead("/atom")]
    public Task<IActionResult> Atom(CancellationToken ct) => Feed(null, atom: true, ct);

    [HttpGetOrHead("/category/{slug}/feed")]
    public Task<IActionResult> CategoryRss(string slug, CancellationToken ct) => Feed(slug, atom: false, ct);

    [HttpGetOrHead("/category/{slug}/atom")]
    public Task<IActionResult> CategoryAtom(string slug, CancellationToken ct) => Feed(slug, atom: true, ct);

    private async Task<IActionResult> Feed(string? categorySlug, bool atom, CancellationToken ct)
    {
        var content = await feeds.LatestAsync(categorySlug, ct);
        if (content is null) return NotFound();
        ReaderCacheTags.Add(HttpContext, categorySlug is null ? ReaderCacheInvalidation.HomeTag : ReaderCacheInvalidation.CategoryTag(categorySlug));
        var feed = FeedWriter.Build(content, settings.Current, urls.BaseUrl, atom);
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), Async = true }))
        {
            if (atom) feed.SaveAsAtom10(xml);
            else feed.SaveAsRss20(xml);
        }
        return File(stream.ToArray(), atom ? "application/atom+xml; charset=utf-8" : "application/rss+xml; charset=utf-8");
    }
}
