using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Infrastructure.Faults;
using Fandom.Web.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Fandom.Web.Services.Site;

/// <summary>The settings in force: what admins saved, else the configured defaults.</summary>
public sealed record CurrentSettings(
    string Name, string Tagline, string TimeZone, string SocialNetwork,
    int ArticlesPerPage, bool PublicRegistration, bool FeedFullContent);

/// <summary>What an admin saves; null leaves a setting at its configured default.</summary>
public sealed record SettingsUpdate(
    string? Name, string? Tagline, string? TimeZone, string? SocialNetwork,
    int? ArticlesPerPage, bool? PublicRegistration, bool? FeedFullContent);

/// <summary>
/// Site settings from the database over configuration defaults, cached in memory. A save applies at once on every
/// instance: it moves <see cref="ReaderCacheInvalidation.Generation"/>, which other instances hear through Redis.
/// </summary>
public sealed class SiteSettingsService(IServiceScopeFactory scopes, IMemoryCache cache, IOptionsMonitor<SiteOptions> defaults, TimeProvider time,
    ReaderCacheInvalidation changes, FaultLog faults)
{
    private sealed record Memo(long Generation, CurrentSettings Settings);

    /// <summary>The settings last read, kept past the cache's expiry to stand in while the database fails.</summary>
    private (CurrentSettings Settings, DateTime ReadAtUtc)? lastRead;

    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private const string CacheKey = "fandom:site-settings";

    /// <summary>
    /// The settings now; reads the database at most once per <see cref="CacheFor"/>, and again whenever
    /// <see cref="ReaderCacheInvalidation.Generation"/> moves: a settings save evicts reader pages as it commits
    /// (<see cref="ReaderCacheEviction"/>), before <see cref="SaveAsync"/> drops the memo, and a page rendered in
    /// between must not put the old settings back into the cache. When the database fails, the settings last read
    /// stand in (<see cref="StaleOnFault"/>), else the configured defaults, so every page (the error page too) renders.
    /// </summary>
    public CurrentSettings Current
    {
        get
        {
            var generation = changes.Generation;
            if (cache.Get<Memo>(CacheKey) is { } memo && memo.Generation == generation) return memo.Settings;
            var now = time.UtcNow();
            CurrentSettings settings;
            try
            {
                using var scope = scopes.CreateScope();
                var stored = scope.ServiceProvider.GetRequiredService<FandomDbContext>().SiteSettings.AsNoTracking().OrderBy(s => s.Id).FirstOrDefault();
                settings = Merge(stored);
                lastRead = (settings, now);
                cache.Set(CacheKey, new Memo(generation, settings), CacheFor);
            }
            catch (Exception e) when (DatabaseFaults.Find(e) is not null)
            {
                faults.Report("Reading the site settings", e);
                settings = lastRead is { } last && StaleOnFault.MayServe(last.ReadAtUtc, now, e) ? last.Settings : Merge(null);
                // Asked again after RetryEvery, not on every page.
                cache.Set(CacheKey, new Memo(generation, settings), StaleOnFault.RetryEvery);
            }
            return settings;
        }
    }

    public async Task SaveAsync(SettingsUpdate update, Actor actor, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FandomDbContext>();
        var row = await db.SiteSettings.OrderBy(s => s.Id).FirstOrDefaultAsync(ct);
        if (row is null) db.SiteSettings.Add(row = new SiteSettings());
        row.Name = update.Name;
        row.Tagline = update.Tagline;
        row.TimeZone = update.TimeZone;
        row.SocialNetwork = update.SocialNetwork;
        row.ArticlesPerPage = update.ArticlesPerPage;
        row.PublicRegistration = update.PublicRegistration;
        row.FeedFullContent = update.FeedFullContent;
        row.UpdatedAtUtc = time.UtcNow();
        db.Audit(row.UpdatedAtUtc, actor, "settings.change", "SiteSettings", 1);
        await db.SaveChangesAsync(ct);
        cache.Remove(CacheKey);
    }

    private CurrentSettings Merge(SiteSettings? stored)
    {
        var d = defaults.CurrentValue;
        return new CurrentSettings(
            stored?.Name ?? d.Name, stored?.Tagline ?? d.Tagline, stored?.TimeZone ?? d.TimeZone,
            stored?.SocialNetwork ?? d.SocialNetwork, stored?.ArticlesPerPage ?? d.ArticlesPerPage,
            stored?.PublicRegistration ?? d.PublicRegistration, stored?.FeedFullContent ?? d.FeedFullContent);
    }
}
