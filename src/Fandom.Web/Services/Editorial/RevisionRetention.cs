using Fandom.Data;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Editorial;

/// <summary>
/// Keeps an article's history bounded: every revision of the last 7 days, then the newest of each day
/// for 90 days, then the newest of each month; pinned revisions and the newest one are kept forever.
/// Autosaves are not revisions, so they never count here.
/// </summary>
public static class RevisionRetention
{
    public static readonly TimeSpan KeepAll = TimeSpan.FromDays(7);
    public static readonly TimeSpan KeepDaily = TimeSpan.FromDays(90);

    public sealed record Stored(int Id, DateTime CreatedAtUtc, bool Pinned);

    /// <summary>Deletes the revisions of one article that the policy no longer keeps; run after each save.</summary>
    public static async Task ApplyRevisionRetentionAsync(this FandomDbContext db, int articleId, DateTime nowUtc, CancellationToken ct = default)
    {
        var revisions = await db.ArticleRevisions.Where(r => r.ArticleId == articleId)
            .Select(r => new Stored(r.Id, r.CreatedAtUtc, r.Pinned)).ToListAsync(ct);
        var doomed = ToDelete(revisions, nowUtc);
        if (doomed.Count > 0)
            await db.ArticleRevisions.Where(r => doomed.Contains(r.Id)).ExecuteDeleteAsync(ct);
    }

    /// <summary>The revisions the policy lets go, given all of one article's revisions.</summary>
    public static IReadOnlyList<int> ToDelete(IEnumerable<Stored> revisions, DateTime nowUtc)
    {
        var ordered = revisions.OrderByDescending(r => r.CreatedAtUtc).ThenByDescending(r => r.Id).ToList();
        var keptBuckets = new HashSet<string>();
        var doomed = new List<int>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var r = ordered[i];
            var age = nowUtc - r.CreatedAtUtc;
            if (i == 0 || r.Pinned || age <= KeepAll) continue;
            // Newest first, so the first revision seen in a day (or month) bucket is the one kept.
            var bucket = age <= KeepDaily ? r.CreatedAtUtc.ToString("'d'yyyy-MM-dd") : r.CreatedAtUtc.ToString("'m'yyyy-MM");
            if (!keptBuckets.Add(bucket)) doomed.Add(r.Id);
        }
        return doomed;
    }
}
