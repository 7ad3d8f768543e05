namespace Fandom.Web.Content;

/// <summary>The one test for "a link that leaves for another web site", used by credit links and redirect targets.</summary>
public static class WebAddresses
{
    /// <summary>
    /// An absolute <c>http://</c> or <c>https://</c> address with a host. The scheme is matched as written, because
    /// <see cref="Uri"/> also reads forms such as <c>http:host</c> that browsers resolve differently.
    /// </summary>
    public static bool IsWebAddress(string? url) =>
        url is not null
        && (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0;
}
