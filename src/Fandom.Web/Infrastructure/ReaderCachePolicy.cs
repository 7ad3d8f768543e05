using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Services;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fandom.Web.Infrastructure;

/// <summary>
/// Output caching for reader pages that can never hide a scheduled change: anonymous GETs are cached, tagged
/// <see cref="ContentChanges.ReaderPagesTag"/> (so saves evict them), for no longer than until the next
/// scheduled publish or unpublish instant. That instant is itself kept in the cache store under the same tag,
/// so it is looked up once per content change; the first request after it passes evicts every reader page.
/// </summary>
public sealed class ReaderCachePolicy : IOutputCachePolicy
{
    public const string Name = "Reader";

    /// <summary>The longest a reader page is kept when nothing is scheduled sooner.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private const string BoundaryKey = "fandom:reader-cache:next-boundary";

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var cacheable = (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && http.User.Identity?.IsAuthenticated != true
            && !http.Request.Headers.Authorization.Any();
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        context.Tags.Add(ContentChanges.ReaderPagesTag);
        if (!cacheable) return;

        // The layout reads TempData (status messages), so MVC answers every page with a deletion of the TempData
        // cookie, which would make it uncacheable. For a reader who has no such cookie the deletion says nothing;
        // it is dropped after MVC adds it (OnStarting callbacks run last-registered first).
        var tempDataCookie = http.RequestServices.GetRequiredService<IOptions<CookieTempDataProviderOptions>>().Value.Cookie.Name!;
        if (!http.Request.Cookies.ContainsKey(tempDataCookie))
        {
            http.Response.OnStarting(() =>
            {
                var kept = http.Response.Headers.SetCookie.Where(c => c is not null && !IsDeletionOf(c, tempDataCookie)).ToArray();
                if (kept.Length < http.Response.Headers.SetCookie.Count) http.Response.Headers.SetCookie = kept;
                return Task.CompletedTask;
            });
        }

        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var next = await NextBoundaryAsync(http.RequestServices, now, ct);
        context.ResponseExpirationTimeSpan = next is { } at && at - now < Lifetime ? at - now : Lifetime;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken ct)
    {
        var response = context.HttpContext.Response;
        // Only whole, cookie-free pages are shared between readers; a 404 may be a page about to go live.
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }

    private static bool IsDeletionOf(string setCookie, string name) =>
        setCookie.StartsWith(name + "=;", StringComparison.Ordinal)
        && setCookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The next instant at which what readers see changes by itself. When the remembered one has passed (or is
    /// gone), every cached reader page may predate it, so they are evicted before anything is served.
    /// </summary>
    private static async Task<DateTime?> NextBoundaryAsync(IServiceProvider services, DateTime now, CancellationToken ct)
    {
        var store = services.GetRequiredService<IOutputCacheStore>();
        if (await store.GetAsync(BoundaryKey, ct) is { Length: 8 } stored)
        {
            var remembered = BitConverter.ToInt64(stored);
            if (remembered == 0) return null;
            if (now < new DateTime(remembered, DateTimeKind.Utc)) return new DateTime(remembered, DateTimeKind.Utc);
        }
        await store.EvictByTagAsync(ContentChanges.ReaderPagesTag, ct);

        var db = services.GetRequiredService<FandomDbContext>();
        var published = db.Articles.Where(a => a.Status == ArticleStatus.Published);
        var nextPublish = await published.Where(a => a.PublishAtUtc > now).MinAsync(a => a.PublishAtUtc, ct);
        var nextUnpublish = await published.Where(a => a.UnpublishAtUtc > now).MinAsync(a => a.UnpublishAtUtc, ct);
        DateTime? next = nextPublish is null ? nextUnpublish : nextUnpublish is null ? nextPublish : nextPublish < nextUnpublish ? nextPublish : nextUnpublish;

        await store.SetAsync(BoundaryKey, BitConverter.GetBytes(next?.Ticks ?? 0), [ContentChanges.ReaderPagesTag], Lifetime * 10, ct);
        return next is { } n ? DateTime.SpecifyKind(n, DateTimeKind.Utc) : null;
    }
}
