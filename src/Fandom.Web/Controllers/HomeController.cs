using Fandom.Web.Infrastructure;
using Fandom.Web.Models;
using Fandom.Web.Services.Articles;
using Fandom.Web.Services.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Fandom.Web.Controllers;

[OutputCache(PolicyName = ReaderPagesPolicy.Name)]
public sealed class HomeController(ArticleService articles) : Controller
{
    [HttpGetOrHead("/")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken ct = default)
    {
        if (page < 1) return NotFound();
        var latest = await articles.LatestAsync(page, ct);
        if (latest.IsPastTheEnd) return NotFound();
        ReaderCacheTags.Add(HttpContext, ReaderCacheInvalidation.HomeTag);
        ReaderCacheTags.Shows(HttpContext, latest.Items.Select(a => a.Id));
        return View(new HomeViewModel(latest));
    }
}
