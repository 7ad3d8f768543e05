using Fandom.Web.Infrastructure;
using Fandom.Web.Models;
using Fandom.Web.Services.Articles;
using Fandom.Web.Services.Editorial;
using Fandom.Web.Services.Site;
using Microsoft.AspNetCore.Mvc;

namespace Fandom.Web.Controllers;

/// <summary>A draft as readers will see it, for whoever holds a live share link; never indexed.</summary>
public sealed class PreviewController(PreviewLinkService links, ArticleService articles, PublicUrls urls, SiteSettingsService settings) : Controller
{
    [HttpGet("/preview/{token}")]
    public async Task<IActionResult> Show(string token, CancellationToken ct)
    {
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        var article = await links.OpenAsync(token, ct);
        if (article is null) return NotFound();
        Response.Headers.CacheControl = "private, no-store";
        var surroundings = await articles.SurroundingsAsync(article, ct);
        return View("~/Views/Articles/Show.cshtml",
            new ArticleViewModel(article, surroundings, urls.BaseUrl, settings.Current.Name) { IsPreview = true });
    }
}
