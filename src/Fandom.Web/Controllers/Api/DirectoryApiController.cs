using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Fandom.Web.Infrastructure;
using Fandom.Web.Services.Api;
using Fandom.Web.Services.Site;
using Microsoft.AspNetCore.Mvc;

namespace Fandom.Web.Controllers.Api;

/// <summary>The site's sections, topics, authors, quoted people and quotes, as far as published articles show them.</summary>
public sealed class DirectoryApiController(ContentApiService api, PublicUrls urls) : ContentApiController(urls)
{
    [HttpGet("categories")]
    [EndpointSummary("Every section, in the site's order")]
    public async Task<ActionResult<ListResource<CategoryResource>>> Categories(CancellationToken ct = default)
    {
        var categories = await api.CategoriesAsync(BaseUrl, ct);
        return new ListResource<CategoryResource>(categories, 1, categories.Count, new PageLinks(Address("page", null), null, null));
    }

    [HttpGet("tags")]
    [EndpointSummary("Topics that a published article carries, by slug")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<ListResource<LinkResource>>> Tags(
        [Range(1, int.MaxValue)] int page = 1, [Range(1, MaxPageSize)] int pageSize = DefaultPageSize, CancellationToken ct = default) =>
        VisibleLists(await api.TagsAsync(page, pageSize, BaseUrl, ct));

    [HttpGet("authors")]
    [EndpointSummary("Staff with a byline on a published article, by slug")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<ListResource<AuthorResource>>> Authors(
        [Range(1, int.MaxValue)] int page = 1, [Range(1, MaxPageSize)] int pageSize = DefaultPageSize, CancellationToken ct = default) =>
        VisibleLists(await api.AuthorsAsync(page, pageSize, BaseUrl, ct));

    [HttpGet("people")]
    [EndpointSummary("People quoted in a published article, by slug")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<ListResource<PersonResource>>> People(
        [Range(1, int.MaxValue)] int page = 1, [Range(1, MaxPageSize)] int pageSize = DefaultPageSize, CancellationToken ct = default)
    {
        var people = await api.PeopleAsync(page, pageSize, BaseUrl, ct);
        foreach (var person in people.Items) ReaderCacheTags.Add(HttpContext, ReaderCacheInvalidation.PersonTag(person.Slug));
        return VisibleLists(people);
    }

    [HttpGet("quotes")]
    [EndpointSummary("Quotes in published articles, newest first")]
    [EndpointDescription("Paged by cursor: follow links.next, which carries before=ID.")]
    public async Task<ActionResult<ListResource<QuoteResource>>> Quotes(
        [Description("A quote id from links.next: the quotes older than it.")] [Range(1, int.MaxValue)] int? before = null, [Range(1, MaxPageSize)] int pageSize = DefaultPageSize, CancellationToken ct = default)
    {
        var (quotes, nextBefore) = await api.QuotesAsync(before, pageSize, BaseUrl, ct);
        ReaderCacheTags.Add(HttpContext, ReaderCacheInvalidation.SitemapTag);
        foreach (var speaker in quotes.Select(q => q.Speaker.Slug).Distinct()) ReaderCacheTags.Add(HttpContext, ReaderCacheInvalidation.PersonTag(speaker));
        return new ListResource<QuoteResource>(quotes, null, pageSize,
            new PageLinks(Address("before", before?.ToString()), nextBefore is { } next ? Address("before", next.ToString()) : null, null));
    }

    /// <summary>
    /// A list of what visible articles carry changes whenever what readers see changes, as the sitemap (which lists the
    /// same tags, authors and people) does, so it is evicted with it.
    /// </summary>
    private ActionResult<ListResource<T>> VisibleLists<T>(Services.Page<T> page)
    {
        ReaderCacheTags.Add(HttpContext, ReaderCacheInvalidation.SitemapTag);
        return Listed(page);
    }
}
