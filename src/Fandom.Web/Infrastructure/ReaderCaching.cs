using System.Security.Cryptography;
using Fandom.Web.Services;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace Fandom.Web.Infrastructure;

/// <summary>
/// Output caching of anonymous reader pages. Entries are tagged <see cref="ContentChanges.ReaderPagesTag"/>
/// (evicted on every content change) and never outlive the next scheduled publish or unpublish: that instant
/// is part of the cache key, so once it passes the next request misses and renders the new state, whatever
/// the cache's own clock says.
/// </summary>
public sealed class ReaderPagesPolicy : IOutputCachePolicy
{
    public const string Name = "ReaderPages";

    /// <summary>The longest a reader page is kept when nothing is scheduled sooner.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var cacheable = (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && http.User.Identity?.IsAuthenticated != true
            && !http.Request.Headers.ContainsKey(HeaderNames.Authorization);
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        if (!cacheable) return;

        context.Tags.Add(ContentChanges.ReaderPagesTag);
        context.CacheVaryByRules.QueryKeys = new(["page"]);
        var services = http.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
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

public static class ReaderCaching
{
    private static readonly string[] CompressedTypes =
        [.. ResponseCompressionDefaults.MimeTypes, "application/rss+xml", "application/atom+xml", "image/svg+xml"];

    /// <summary>Output cache policy for reader pages, Brotli/gzip compression of text responses.</summary>
    public static IServiceCollection AddReaderCaching(this IServiceCollection services)
    {
        services.AddSingleton<PublishingSchedule>();
        services.Configure<OutputCacheOptions>(o => o.AddPolicy(ReaderPagesPolicy.Name, new ReaderPagesPolicy()));
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = CompressedTypes;
        });
        return services;
    }

    /// <summary>
    /// Staff responses carry antiforgery tokens next to reflected input, so they are not compressed over
    /// HTTPS (BREACH); anonymous reader pages hold no secrets and are.
    /// </summary>
    public static IApplicationBuilder UseNoCompressionForSignedInUsers(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated == true && context.Features.Get<IHttpsCompressionFeature>() is { } feature)
            feature.Mode = HttpsCompressionMode.DoNotCompress;
        return next(context);
    });

    /// <summary>
    /// ETag from a hash of the body for successful GETs of reader pages and feeds (the endpoints with the reader
    /// cache policy), and 304 when the reader already has it. Sits outside the output cache, so cached and freshly
    /// rendered responses are treated alike; other endpoints (staff, account, media) are not buffered.
    /// </summary>
    public static IApplicationBuilder UseConditionalGet(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var readerPage = context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>()?.PolicyName == ReaderPagesPolicy.Name;
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
            && (type.StartsWith("text/") || type.Contains("xml")))
        {
            var etag = $"\"{Convert.ToHexString(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)), 0, 16)}\"";
            response.Headers.ETag = etag;
            if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag || t.Trim() == "*")))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                response.Headers.Remove(HeaderNames.ContentType);
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
