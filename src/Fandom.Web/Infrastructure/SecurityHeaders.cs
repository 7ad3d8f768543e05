namespace Fandom.Web.Infrastructure;

public static class SecurityHeaders
{
    /// <summary>
    /// A strict Content-Security-Policy: pages carry no inline script or style, so none is allowed.
    /// Frames are limited to the privacy-preserving video hosts that click-to-load players use.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; " +
        "frame-src https://www.youtube-nocookie.com https://player.vimeo.com; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers.XFrameOptions = "DENY";
        return next(context);
    });
}
