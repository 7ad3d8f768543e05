using Fandom.Web.Services.Site;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.Options;

namespace Fandom.Web.Infrastructure;

/// <summary>
/// The site lives at one address, <c>Fandom:Site:PublicBaseUrl</c> (<see cref="PublicUrls"/>): outside Development it
/// answers only to that host, and when that address is <c>https</c> it sends HSTS, redirects plain HTTP to it and marks
/// every cookie <c>Secure</c>.
/// </summary>
public static class PublicAddressHosting
{
    /// <summary>
    /// Loopback names stay allowed beside the public host, so the container's own health probe
    /// (<c>curl http://localhost:8080/healthz</c>) and a check from the machine itself still get an answer. No link is
    /// built from a <c>Host</c> header, so a client naming one of them gains nothing.
    /// </summary>
    private static readonly string[] LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];

    public static IServiceCollection AddPublicAddressHosting(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // ASP.NET Core's host filtering (set up by the web host, first in the pipeline) reads "AllowedHosts" and
        // takes "*" when it is unset; outside Development, unset means the public address's host instead.
        if (string.IsNullOrWhiteSpace(configuration["AllowedHosts"]) && !environment.IsDevelopment())
            services.AddOptions<HostFilteringOptions>().PostConfigure<PublicUrls>((hosts, urls) => hosts.AllowedHosts = [urls.Host, .. LoopbackHosts]);
        services.AddOptions<HttpsRedirectionOptions>().Configure<PublicUrls>((redirect, urls) =>
        {
            redirect.HttpsPort = new Uri(urls.BaseUrl).Port;
            redirect.RedirectStatusCode = StatusCodes.Status308PermanentRedirect;
        });
        services.AddOptions<CookiePolicyOptions>().Configure<PublicUrls>((cookies, urls) =>
            cookies.Secure = urls.IsHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);
        return services;
    }

    /// <summary>After the proxy headers are read (so a request the proxy took over HTTPS counts as HTTPS).</summary>
    public static IApplicationBuilder UsePublicAddressHosting(this IApplicationBuilder app, IHostEnvironment environment)
    {
        var urls = app.ApplicationServices.GetRequiredService<PublicUrls>();
        if (urls.IsHttps)
        {
            if (!environment.IsDevelopment()) app.UseHsts();
            // Health probes come from inside the deployment over plain HTTP and want the answer, not a redirect.
            app.UseWhen(context => !context.Request.Path.StartsWithSegments("/healthz"), https => https.UseHttpsRedirection());
        }
        // Every cookie written after this point (sign-in, antiforgery, temp data) gets the Secure flag on an https site.
        return app.UseCookiePolicy();
    }
}
