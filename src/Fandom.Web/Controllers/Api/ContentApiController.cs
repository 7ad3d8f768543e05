using Fandom.Web.Infrastructure;
using Fandom.Web.Services;
using Fandom.Web.Services.Api;
using Fandom.Web.Services.Site;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;

namespace Fandom.Web.Controllers.Api;

/// <summary>
/// What every content API endpoint shares, so that none forgets it: JSON under <c>/api/v1</c>, the reader cache
/// (ETag, 304, eviction by what it shows), CORS for the configured origins, the per-address rate limit, and a place
/// in the OpenAPI document. Addresses in answers are absolute, from <see cref="PublicUrls"/>.
/// </summary>
[ApiController]
[Route("api/" + ContentApiRegistration.Version)]
[ApiExplorerSettings(GroupName = ContentApiRegistration.Version)]
[OutputCache(PolicyName = ReaderPagesPolicy.ContentApiName)]
[EnableCors(ContentApiRegistration.CorsPolicy)]
[EnableRateLimiting(SignInRateLimiting.ContentApiPolicy)]
[ProducesResponseType(StatusCodes.Status200OK)]
[ProducesResponseType(StatusCodes.Status304NotModified)]
[ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
public abstract class ContentApiController(PublicUrls urls) : ControllerBase
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    protected string BaseUrl => urls.BaseUrl;

    /// <summary>A page of a numbered list, with links to its neighbours; a page after the last is a 404, as on the site.</summary>
    protected ActionResult<ListResource<T>> Listed<T>(Page<T> page)
    {
        if (page.IsPastTheEnd) return NotFoundProblem($"Page {page.Number} is past the end of the list.");
        return new ListResource<T>(page.Items, page.Number, page.Size, new PageLinks(
            Address("page", page.Number <= 1 ? null : page.Number.ToString()),
            page.HasNext ? Address("page", (page.Number + 1).ToString()) : null,
            page.HasPrevious ? Address("page", page.Number <= 2 ? null : (page.Number - 1).ToString()) : null));
    }

    protected ObjectResult NotFoundProblem(string detail) =>
        Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    /// <summary>This request's absolute address with one query parameter set to <paramref name="value"/> (or removed when null).</summary>
    protected string Address(string name, string? value)
    {
        var query = Request.Query
            .Where(q => !q.Key.Equals(name, StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v)))
            .ToList();
        if (value is not null) query.Add(KeyValuePair.Create(name, (string?)value));
        return BaseUrl + Request.Path + QueryString.Create(query);
    }
}
