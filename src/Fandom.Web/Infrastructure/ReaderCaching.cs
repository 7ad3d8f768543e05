using System.Security.Cryptography;
using Fandom.Web.Options;
using Fandom.Web.Services;
using Fandom.Web.Services.Site;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Fandom.Web.Infrastructure;

/// <summary>
/// Output caching of anonymous reader pages. Entries are tagged <see cref="ReaderCacheInvalidation.ReaderPagesTag"/> plus
/// what each page shows (<see cref="ReaderCacheTags"/>), and never outlive the next scheduled publish or
/// unpublish: that instant is part of the cache key, so once it passes the next request misses and renders the
/// new state, whatever the cache's own clock says. The entry holds the body compressed as sent and its ETag, so
/// a hit is a copy of bytes (or a 304), with no rendering, compression, hashing or query.
/// </summary>
public sealed class ReaderPagesPolicy(IResponseCompressionProvider compression, string[] queryKeys, string[] headerNames) : IOutputCachePolicy
{
    public const string Name = "ReaderPages";

    /// <summary>
    /// The content API's answers, under the same rules: one entry per query (filters, fields and paging all change
    /// the answer) and per <c>Origin</c>, whose CORS headers differ.
    /// </summary>
    public const string ContentApiName = "ContentApi";

    /// <summary>The longest a reader page is kept when nothing is scheduled sooner.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        // The cache runs before authentication, so a hit costs nothing of it: a request that carries the staff
        // cookie (or credentials) is never served from the cache nor stored in it, whoever it turns out to be.
        // Nor while this instance cannot hear the others' changes (Redis down): its pages are rendered, not cached.
        var services = http.RequestServices;
        var cacheable = (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && !http.Request.Cookies.ContainsKey(FandomApplication.AuthCookieName)
            && !http.Request.Headers.ContainsKey(HeaderNames.Authorization)
            && services.GetRequiredService<ReaderCacheInvalidation>().CachingAllowed;
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        if (!cacheable) return;

        context.Tags.Add(ReaderCacheInvalidation.ReaderPagesTag);
        context.CacheVaryByRules.QueryKeys = queryKeys;
        context.CacheVaryByRules.HeaderNames = headerNames;
        // One entry per encoding actually sent (br, gzip or none), as the compression middleware will choose it.
        context.CacheVaryByRules.VaryByValues["encoding"] = compression.CheckRequestAcceptsCompression(http)
            ? compression.GetCompressionProvider(http)?.EncodingName ?? "identity"
            : "identity";
        var now = services.GetRequiredService<TimeProvider>().UtcNow();
        var next = await services.GetRequiredService<PublishingSchedule>().NextChangeUtcAsync(ct);
        context.CacheVaryByRules.VaryByValues["schedule"] = next?.Ticks.ToString() ?? "none";
        var lifetime = next is { } at && at - now < MaxAge ? at - now : MaxAge;
        context.ResponseExpirationTimeSpan = lifetime > TimeSpan.Zero ? lifetime : TimeSpan.FromSeconds(1);
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken ct)
    {
        // Only complete, cookie-free successes are shared between readers.
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie))
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// Brotli/gzip as configured, except for signed-in users over HTTPS: staff responses carry antiforgery tokens
/// next to reflected input (BREACH). Anonymous reader pages hold no secrets and are compressed.
/// </summary>
public sealed class FandomCompressionProvider(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
    : ResponseCompressionProvider(services, options)
{
    public override bool ShouldCompressResponse(HttpContext context) =>
        !(context.Request.IsHttps && context.User.Identity?.IsAuthenticated == true) && base.ShouldCompressResponse(context);
}

public static class ReaderCaching
{
    private static readonly string[] CompressedTypes =
        [.. ResponseCompressionDefaults.MimeTypes, "application/rss+xml", "application/atom+xml", "image/svg+xml"];

    /// <summary>Output cache policy for reader pages (bounded in memory), Brotli/gzip compression of text responses.</summary>
    public static IServiceCollection AddReaderCaching(this IServiceCollection services)
    {
        services.AddOptions<ReaderCacheOptions>().BindConfiguration(ReaderCacheOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PublishingSchedule>();
        services.AddSingleton<SectionNavigation>();
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<ReaderCacheOptions>, IResponseCompressionProvider>((o, cache, compression) =>
        {
            o.SizeLimit = cache.Value.SizeLimitMegabytes * 1024L * 1024L;
            o.AddPolicy(ReaderPagesPolicy.Name, new ReaderPagesPolicy(compression, ["page"], []));
            o.AddPolicy(ReaderPagesPolicy.ContentApiName, new ReaderPagesPolicy(compression, ["*"], [HeaderNames.Origin]));
        });
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = CompressedTypes;
        });
        // Pages are compressed once, when rendered, and cached compressed: the better ratio is worth its time.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.AddSingleton<IResponseCompressionProvider, FandomCompressionProvider>();
        return services;
    }

    /// <summary>
    /// ETag from a hash of the body for successful GETs of reader pages, feeds and the content API (the endpoints with
    /// the reader cache policies). Sits inside the output cache, so it runs once per rendering and the cached entry keeps the
    /// ETag: the cache then answers a matching <c>If-None-Match</c> with 304 itself. A response the cache will not
    /// keep (a signed-in user's) gets its 304 here. Other endpoints (staff, account, media) are not buffered.
    /// </summary>
    public static IApplicationBuilder UseReaderETags(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var readerPage = context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>()?.PolicyName is ReaderPagesPolicy.Name or ReaderPagesPolicy.ContentApiName;
        if (!HttpMethods.IsGet(context.Request.Method) || !readerPage)
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var response = context.Response;
        var type = response.ContentType ?? "";
        if (response.StatusCode == StatusCodes.Status200OK && buffer.Length > 0 && !response.Headers.ContainsKey(HeaderNames.SetCookie)
            && (type.StartsWith("text/") || type.Contains("xml") || type.StartsWith("application/json")))
        {
            // The hash is of the bytes sent, so each encoding of a page has an ETag of its own.
            var etag = $"\"{Convert.ToHexString(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)), 0, 16)}\"";
            response.Headers.ETag = etag;
            var cached = context.Features.Get<IOutputCacheFeature>()?.Context.AllowCacheStorage == true;
            if (!cached && context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag || t.Trim() == "*")))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                response.Headers.Remove(HeaderNames.ContentType);
                response.Headers.Remove(HeaderNames.ContentEncoding);
                return;
            }
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    });

    /// <summary>Fingerprinted static files (<c>?v=</c> from asp-append-version) never change, so browsers keep them for a year.</summary>
    public static StaticFileOptions StaticFiles() => new()
    {
        OnPrepareResponse = file =>
        {
            if (file.Context.Request.Query.ContainsKey("v"))
                file.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        },
    };
}
