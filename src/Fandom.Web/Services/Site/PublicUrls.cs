using Fandom.Web.Options;
using Microsoft.Extensions.Options;

namespace Fandom.Web.Services.Site;

/// <summary>
/// The site's absolute address, and every absolute URL built on it: canonical links, feeds, sitemaps, structured
/// data, and (through <see cref="PublicUrlHelperFactory"/>) every absolute link MVC or Identity UI generates, such as
/// password-reset and invitation links. It comes from configuration only, never from the request's <c>Host</c>
/// header, which any client can set: a forged one would otherwise go out in a reset mail or into a cached page.
/// </summary>
public sealed class PublicUrls(IOptions<SiteOptions> site)
{
    /// <summary>The configured public base URL without a trailing slash, e.g. <c>https://fandom.example</c>.</summary>
    public string BaseUrl { get; } = site.Value.PublicBaseUrl.TrimEnd('/');

    /// <summary>True when readers reach the site over HTTPS: HSTS, HTTPS redirection and <c>Secure</c> cookies follow.</summary>
    public bool IsHttps => BaseUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The host name of the public address, which the site answers to (<c>AllowedHosts</c>).</summary>
    public string Host => new Uri(BaseUrl).Host;

    /// <summary>A site path (as routed, starting with <c>/</c>) as an absolute URL at the public address.</summary>
    public string Absolute(string path) => BaseUrl + (path.StartsWith('/') ? path : "/" + path);
}
