using Fandom.Web.Models;
using Fandom.Web.Infrastructure;
using Fandom.Web.Services;
using Fandom.Web.Services.Articles;
using Fandom.Web.Services.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Fandom.Web.Controllers;

/// <summary>The paged lists of a category, a tag and a staff author.</summary>
[OutputCache(PolicyName = ReaderPagesPolicy.Name)]
public sealed class ListingsController(ArticleService articles) : Controller
{
    [HttpGetOrHead("/category/{slug}")]
    public async Task<IActionResult> Category(string slug, int page = 1, CancellationToken ct = default) =>
        Show("Section", slug, ReaderUrls.Category(slug), ReaderCacheInvalidation.CategoryTag(slug), page, page < 1 ? null : await articles.CategoryAsync(slug, page, ct));

    [HttpGetOrHead("/tag/{slug}")]
    public async Task<IActionResult> Tag(string slug, int page = 1, CancellationToken ct = default) =>
        Show("Topic", slug, ReaderUrls.Tag(slug), ReaderCacheInvalidation.TagTag(slug), page, page < 1 ? null : await articles.TagAsync(slug, page, ct));

    [HttpGetOrHead("/author/{slug}")]
    public async Task<IActionResult> Author(string slug, int page = 1, CancellationToken ct = default) =>
        Show("Author", slug, ReaderUrls.Author(slug), ReaderCacheInvalidation.AuthorTag(slug), page, page < 1 ? null : await articles.AuthorAsync(slug, page, ct));

    private IActionResult Show(string kind, string slug, string path, string cacheTag, int page, Listing? listing)
    {
        // A page past the end is as missing as an unknown slug; the first page may be empty.
        if (listing is null || listing.Page.IsPastTheEnd) return NotFound();
        ReaderCacheTags.Add(HttpContext, cacheTag);
        ReaderCacheTags.Shows(HttpContext, listing.Page.Items.Select(a => a.Id));
        return View("Index", new ListingViewModel(kind, slug, listing.Name, listing.Description, listing.Page, PagerViewModel.For(path, listing.Page)));
    }
}
