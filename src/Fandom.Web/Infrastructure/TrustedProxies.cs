using System.Net;
using Fandom.Web.Options;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Fandom.Web.Infrastructure;

/// <summary>
/// Behind a reverse proxy the connection comes from the proxy, and the reader's address and scheme arrive in
/// <c>X-Forwarded-*</c> headers. Those headers are believed only from the proxies in <c>Fandom:Proxy</c> (none by
/// default), so the address that rate limits and the audit log see, and the scheme cookies follow, are right behind
/// one and cannot be forged without one. Headers from anywhere else are ignored, and the app log says so.
/// </summary>
public static class TrustedProxies
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services)
    {
        services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>, IOptions<HostFilteringOptions>>((forwarded, proxies, hosts) =>
        {
            // ASP.NET Core trusts loopback by default; here only what is configured is trusted.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.Value.Proxies) forwarded.KnownProxies.Add(proxy);
            foreach (var network in proxies.Value.Networks) forwarded.KnownIPNetworks.Add(network);
            // With both lists empty the middleware believes every sender, so with no proxy configured it reads nothing.
            forwarded.ForwardedHeaders = forwarded.KnownProxies.Count + forwarded.KnownIPNetworks.Count == 0
                ? ForwardedHeaders.None
                : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // Even a trusted proxy passes on only a host the site answers to.
            if (!hosts.Value.AllowedHosts.Contains("*")) forwarded.AllowedHosts = hosts.Value.AllowedHosts;
        });
        return services;
    }

    /// <summary>First in the pipeline: everything after it sees the reader's address and scheme.</summary>
    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
        var ignored = new IgnoredForwardedHeaders(app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TrustedProxies)),
            app.ApplicationServices.GetRequiredService<TimeProvider>());
        app.Use((context, next) =>
        {
            var headers = context.Request.Headers;
            var remote = context.Connection.RemoteIpAddress;
            if ((headers.ContainsKey(ForwardedHeadersDefaults.XForwardedForHeaderName)
                    || headers.ContainsKey(ForwardedHeadersDefaults.XForwardedProtoHeaderName)
                    || headers.ContainsKey(ForwardedHeadersDefaults.XForwardedHostHeaderName))
                && !IsTrusted(remote, options))
                ignored.Note(context.Request.Method, context.Request.Path, remote);
            return next(context);
        });
        return app.UseForwardedHeaders();
    }

    /// <summary>The forwarded-headers middleware's own test: a known proxy, or an address in a known network.</summary>
    private static bool IsTrusted(IPAddress? address, ForwardedHeadersOptions options)
    {
        if (address is null) return false;
        bool Known(IPAddress a) => options.KnownProxies.Contains(a) || options.KnownIPNetworks.Any(network => network.Contains(a));
        return Known(address) || address.IsIPv4MappedToIPv6 && Known(address.MapToIPv4());
    }
}

/// <summary>
/// The log of forwarded headers the site did not believe: one line, then at most one a minute with the number left
/// unlogged in between. A line per request would let anyone who adds a header fill the log (and a proxy the
/// configuration forgot would write one for every page).
/// </summary>
internal sealed class IgnoredForwardedHeaders(ILogger logger, TimeProvider time)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    private readonly Lock gate = new();
    private DateTimeOffset nextLineAt = DateTimeOffset.MinValue;
    private int unlogged;

    public void Note(string method, PathString path, IPAddress? from)
    {
        int since;
        lock (gate)
        {
            var now = time.GetUtcNow();
            if (now < nextLineAt)
            {
                unlogged++;
                return;
            }
            (since, unlogged, nextLineAt) = (unlogged, 0, now + Interval);
        }
        logger.LogWarning("Ignored X-Forwarded headers on {Method} {Path} from {Address}, which is not a configured proxy " +
            "({Unlogged} more ignored since the last such line; at most one a minute)", method, path, from, since);
    }
}
