using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Fandom.Web.Infrastructure;
using Fandom.Web.Services.Api;
using Fandom.Web.Services.Site;
using Microsoft.AspNetCore.Mvc;

namespace Fandom.Web.Controllers.Api;

public sealed class ArticlesApiController(ContentApiService api, PublicUrls urls) : ContentApiController(urls)
{
    [HttpGet("articles")]
    [EndpointSummary("Published articles, newest first")]
    [EndpointDescription("Numbered pages; links.next and links.previous carry the same filters. Filters combine; a slug that names nothing gives an empty list. " +
        "The body (bodyHtml) and search-engine overrides (seo) are written only when fields asks for them.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<ListResource<ArticleResource>>> List(
        [Description("A section's slug: only its articles.")] string? category = null,
        [Description("A topic's slug: only articles tagged with it.")] string? tag = null,
        [Description("An author's slug: only articles with their byline.")] string? author = null,
        [Description("Optional fields to add, comma-separated: bodyHtml, seo.")] string? fields = null,
        [Range(1, int.MaxValue)] int page = 1, [Range(1, MaxPageSize)] int pageSize = DefaultPageSize, CancellationToken ct = default)
    {
        if (ArticleFields.Parse(fields) is not { } wanted)
        {
            ModelState.AddModelError(nameof(fields), $"fields takes a comma-separated list of: {string.Join(", ", ArticleFields.Names)}.");
            return ValidationProblem(ModelState);
        }
        var articles = await api.ArticlesAsync(new ArticleFilter(category, tag, author), wanted, page, pageSize, BaseUrl, ct);
        // Evicted with the lists it is a view of: the front page's (every visible change), or the filters' own.
        if (category is null && tag is null && author is null) ReaderCacheTags.Add(HttpContext, ReaderCacheInvalidation.HomeTag);
        if (category is not null) ReaderCacheTags.Add(HttpContext, ReaderCacheInvalidation.CategoryTag(category));
        if (tag is not null) ReaderCacheTags.Add(HttpContext, ReaderCacheInvalidation.TagTag(tag));
        if (author is not null) ReaderCacheTags.Add(HttpContext, ReaderCacheInvalidation.AuthorTag(author));
        ReaderCacheTags.Shows(HttpContext, articles.Items.Select(a => a.Id));
        return Listed(articles);
    }

    [HttpGet("articles/{slug}")]
    [EndpointSummary("One published article, with its body")]
    [EndpointDescription("A former slug answers 301 to the article's current address in the API.")]
    [ProducesResponseType(StatusCodes.Status301MovedPermanently)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<ArticleResource>> Show([Description("The article's slug, as in its address on the site.")] string slug, CancellationToken ct = default)
    {
        var (article, movedTo) = await api.ArticleAsync(slug, BaseUrl, ct);
        if (movedTo is not null) return RedirectPermanent(ContentApiUrls.Article(movedTo));
        if (article is null) return NotFoundProblem($"No published article has the slug '{slug}'.");
        ReaderCacheTags.Add(HttpContext, ReaderCacheInvalidation.ArticlePageTag(article.Id));
        ReaderCacheTags.Shows(HttpContext, [article.Id]);
        return article;
    }
}
