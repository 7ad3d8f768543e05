using Fandom.Web.Options;
using Microsoft.Extensions.Options;

namespace Fandom.Web.Services.Site;

/// <summary>Absolute URLs for canonical links, feeds, sitemaps and structured data.</summary>
public sealed class PublicUrls(IOptionsMonitor<SiteOptions> site)
{
    /// <summary>The configured public base URL (behind a proxy), else the request's own scheme and host.</summary>
    public string BaseUrl(HttpRequest request) =>
        site.CurrentValue.PublicBaseUrl is { Length: > 0 } configured
            ? configured.TrimEnd('/')
            : $"{request.Scheme}://{request.Host}{request.PathBase}";

    public string Absolute(HttpRequest request, string path) => BaseUrl(request) + (path.StartsWith('/') ? path : "/" + path);
}
