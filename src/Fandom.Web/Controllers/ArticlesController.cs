using Fandom.Web.Infrastructure;
using Fandom.Web.Models;
using Fandom.Web.Services.Articles;
using Fandom.Web.Services.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Fandom.Web.Controllers;

[OutputCache(PolicyName = ReaderPagesPolicy.Name)]
public sealed class ArticlesController(ArticleService articles, PublicUrls urls, SiteSettingsService settings) : Controller
{
    [HttpGetOrHead("/articles/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct)
    {
        var found = await articles.FindBySlugAsync(slug, ct);
        if (found.MovedTo is not null) return RedirectToActionPermanent(nameof(Show), new { slug = found.MovedTo });
        if (found.Article is null) return NotFound();
        var surroundings = await articles.SurroundingsAsync(found.Article, ct);
        ReaderCacheTags.Add(HttpContext, ReaderCacheInvalidation.ArticlePageTag(found.Article.Id));
        ReaderCacheTags.Shows(HttpContext, [found.Article.Id, .. surroundings.Related.Select(r => r.Id),
            .. new[] { surroundings.Previous, surroundings.Next }.OfType<ArticleLink>().Select(l => l.Id)]);
        var baseUrl = urls.BaseUrl;
        var hero = found.Article.Hero?.Media;
        return View(new ArticleViewModel(found.Article, surroundings, baseUrl, settings.Current.Name)
        {
            ImageUrl = hero is null ? null : baseUrl + Fandom.Web.Content.MediaUrls.Original(hero.StorageKey),
            ImageCredit = hero?.Credit,
        });
    }
}
