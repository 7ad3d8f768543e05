using Fandom.Web.Models;
using Fandom.Web.Services;
using Fandom.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Fandom.Web.Controllers;

[OutputCache(PolicyName = ReaderCachePolicy.Name)]
public sealed class HomeController(ArticleService articles) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken ct = default)
    {
        if (page < 1) return NotFound();
        var latest = await articles.LatestAsync(page, ct);
        if (page > 1 && latest.Items.Count == 0) return NotFound();
        return View(new HomeViewModel(latest));
    }
}
