using Fandom.Web.Infrastructure.Faults;
using Fandom.Web.Services.Taxonomy;

namespace Fandom.Web.Infrastructure;

/// <summary>
/// Runs after the app has answered: a GET that found nothing (404) is redirected when a retired slug or a
/// manual redirect knows where the page went, and otherwise counted in the 404 log when the reader is anonymous
/// (staff typos are not reader demand). Live pages are never looked up, and the redirect service (with its
/// database context) is only created for a 404, so redirects cost nothing on them. The count is written off the
/// request path (<see cref="DeferredWrites"/>), and a lookup the database cannot answer leaves the 404 as it is:
/// a miss never becomes a 500.
/// </summary>
public sealed class RedirectMiddleware(RequestDelegate next, FaultLog faults)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // WordPress's own short link, /?p=ID, reaches the home page, which answers 200: an imported post's link is
        // looked up before the page is made, and only for that address.
        if (WordPressShortLink(context.Request) is { } shortLink
            && await ResolveAsync(context, shortLink) is (_, { } moved)
            && RedirectTarget.Location(moved) is { } movedTo)
        {
            context.Response.Redirect(movedTo, permanent: true);
            return;
        }

        await next(context);
        // The error page's own re-executed request also answers 404; only the reader's request counts.
        if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null) return;
        if (context.Response.StatusCode != StatusCodes.Status404NotFound || context.Response.HasStarted
            || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
            return;

        var path = context.Request.Path.Value ?? "/";
        var normalized = path.Length > 1 ? path.TrimEnd('/') : path;
        var (answered, target) = await ResolveAsync(context, normalized);
        if (!answered) return;
        if (target is not null)
        {
            // A target saved before targets were checked may be one a browser would follow off-site, or one no
            // header can carry: it is not followed, and the reader gets the 404 the site had.
            if (RedirectTarget.Location(target) is not { } location)
            {
                context.RequestServices.GetRequiredService<ILogger<RedirectMiddleware>>()
                    .LogWarning("Redirect from {Path} not followed: its target is not a safe address.", normalized);
                return;
            }
            // An address that carries its own query or fragment keeps it; otherwise the reader's query goes along.
            var query = location.IndexOfAny(['?', '#']) < 0 ? context.Request.QueryString.ToString() : "";
            context.Response.Redirect(location + query, permanent: true);
            return;
        }
        if (context.User.Identity?.IsAuthenticated != true && HttpMethods.IsGet(context.Request.Method))
            context.RequestServices.GetRequiredService<RedirectService>().NoteNotFound(path);
    }

    /// <summary>
    /// Where <paramref name="path"/> went (null: nowhere known); not <c>Answered</c> when the database could not say,
    /// which leaves the request as it is: a lookup never fails it.
    /// </summary>
    private async Task<(bool Answered, string? Target)> ResolveAsync(HttpContext context, string path)
    {
        try
        {
            return (true, await context.RequestServices.GetRequiredService<RedirectService>().ResolveAsync(path, context.RequestAborted));
        }
        catch (Exception e) when (DatabaseFaults.Find(e) is not null)
        {
            faults.Report("Looking up a redirect", e);
            return (false, null);
        }
    }

    /// <summary>"/?p=12" for a request of the home page with a numeric <c>p</c>, as imports store the address; else null.</summary>
    private static string? WordPressShortLink(HttpRequest request) =>
        request.Path == "/" && request.Query["p"] is [{ Length: > 0 and <= 20 } id] && id.All(char.IsAsciiDigit) && HttpMethods.IsGet(request.Method)
            ? $"/?p={id}" : null;
}

public static class RedirectMiddlewareExtensions
{
    public static IApplicationBuilder UseRedirects(this IApplicationBuilder app) => app.UseMiddleware<RedirectMiddleware>();
}
