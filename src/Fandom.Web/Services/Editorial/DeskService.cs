using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Services.Articles;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Editorial;

public sealed record DeskItem(int Id, string Title, string Slug, ArticleStatus Status, DateTime? PublishAtUtc, DateTime UpdatedAtUtc, IReadOnlyList<string> AuthorNames);

/// <summary>The editor's desk in four lists; an author's lists hold only their own articles.</summary>
public sealed record Desk(
    IReadOnlyList<DeskItem> MyDrafts, IReadOnlyList<DeskItem> ChangesRequested, IReadOnlyList<DeskItem> InReview, IReadOnlyList<DeskItem> Scheduled, IReadOnlyList<DeskItem> RecentlyPublished);

public sealed record CalendarEntry(int Id, string Title, DateTime PublishAtUtc, bool Scheduled);

/// <summary>Reads for the staff desk and the content calendar.</summary>
public sealed class DeskService(FandomDbContext db, TimeProvider time)
{
    private const int ListSize = 25;

    public async Task<Desk> DeskAsync(Actor actor, bool everyone, CancellationToken ct = default)
    {
        var now = time.UtcNow();
        var mine = db.Articles.Where(a => a.Authors.Any(u => u.Id == actor.UserId));
        var visible = everyone ? db.Articles : mine;
        return new Desk(
            await ItemsAsync(mine.Where(a => a.Status == ArticleStatus.Draft && a.ReviewNote == null).OrderByDescending(a => a.UpdatedAtUtc), ct),
            // Sent back from review: the author's to-do, and the editor's list of what is still out with authors.
            await ItemsAsync(visible.Where(a => a.Status == ArticleStatus.Draft && a.ReviewNote != null).OrderBy(a => a.UpdatedAtUtc), ct),
            await ItemsAsync(visible.Where(a => a.Status == ArticleStatus.InReview).OrderBy(a => a.UpdatedAtUtc), ct),
            await ItemsAsync(visible.ScheduledAt(now).OrderBy(a => a.PublishAtUtc), ct),
            await ItemsAsync(visible.VisibleAt(now).OrderByDescending(a => a.PublishAtUtc), ct));
    }

    /// <summary>Published and scheduled articles whose publish time falls in [fromUtc, toUtc).</summary>
    public async Task<List<CalendarEntry>> CalendarAsync(DateTime fromUtc, DateTime toUtc, CancellationToken ct = default)
    {
        var now = time.UtcNow();
        var rows = await db.Articles
            .Where(a => a.Status == ArticleStatus.Published && a.PublishAtUtc >= fromUtc && a.PublishAtUtc < toUtc)
            .OrderBy(a => a.PublishAtUtc)
            .Select(a => new { a.Id, a.Title, a.Status, a.PublishAtUtc })
            .ToListAsync(ct);
        return rows.Select(a => new CalendarEntry(a.Id, a.Title, a.PublishAtUtc!.Value, ArticleVisibility.IsScheduledAt(a.Status, a.PublishAtUtc, now))).ToList();
    }

    private static Task<List<DeskItem>> ItemsAsync(IQueryable<Article> articles, CancellationToken ct) =>
        articles.Take(ListSize)
            .Select(StaffBylines.With((a, bylines) => new DeskItem(a.Id, a.Title, a.Slug, a.Status, a.PublishAtUtc, a.UpdatedAtUtc, bylines)))
            .ToListAsync(ct);
}
