using Fandom.Web.Models;
using Fandom.Web.Services;
using Fandom.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Fandom.Web.Controllers;

[OutputCache(PolicyName = ReaderCachePolicy.Name)]
public sealed class ArticlesController(ArticleService articles) : Controller
{
    [HttpGet("/articles/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct)
    {
        var found = await articles.FindBySlugAsync(slug, ct);
        if (found.MovedTo is not null) return RedirectToActionPermanent(nameof(Show), new { slug = found.MovedTo });
        if (found.Article is null) return NotFound();
        return View(new ArticleViewModel(found.Article));
    }
}
