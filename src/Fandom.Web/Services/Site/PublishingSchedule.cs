using Fandom.Data;
using Fandom.Web.Infrastructure.Faults;
using Fandom.Web.Services.Articles;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Site;

/// <summary>
/// The next instant at which what readers see changes by itself: a scheduled publish or unpublish time.
/// Looked up with one small query and memoized until content changes (on any instance: other instances' changes
/// reach <see cref="ReaderCacheInvalidation.Generation"/> through Redis) or that instant passes, so cached reader pages
/// can be bounded by it at no cost per request. The memo is also refreshed every <see cref="RecheckEvery"/>, for rows
/// changed in the database outside the app. When the database fails the refresh, the last answer stands
/// (<see cref="StaleOnFault"/>), so cached reader pages are still found by it.
/// </summary>
public sealed class PublishingSchedule(IServiceScopeFactory scopes, TimeProvider time, ReaderCacheInvalidation changes, FaultLog faults)
{
    public static readonly TimeSpan RecheckEvery = TimeSpan.FromMinutes(1);

    private sealed record Memo(long Generation, DateTime? NextChangeUtc, DateTime CheckedAtUtc, DateTime ReadAtUtc);

    private Memo? memo;

    /// <summary>The next scheduled change after now, or null when nothing is scheduled.</summary>
    public async Task<DateTime?> NextChangeUtcAsync(CancellationToken ct = default)
    {
        var now = time.UtcNow();
        var generation = changes.Generation;
        var current = memo;
        if (current is not null && current.Generation == generation && now - current.CheckedAtUtc < RecheckEvery
            && (current.NextChangeUtc is null || current.NextChangeUtc > now))
            return current.NextChangeUtc;

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FandomDbContext>();
            var next = await db.Articles.NextChangesAfter(now).MinAsync(ct);
            memo = new Memo(generation, next, now, now);
            changes.ScheduleLookedUp(next);
            return next;
        }
        catch (Exception e) when (current is not null && StaleOnFault.MayServe(current.ReadAtUtc, now, e))
        {
            faults.Report("Reading the publishing schedule", e);
            // Asked again after RetryEvery; until then, and while it fails, the cached pages keyed by this answer are served.
            memo = current with { Generation = generation, CheckedAtUtc = now - RecheckEvery + StaleOnFault.RetryEvery };
            return current.NextChangeUtc;
        }
    }
}
