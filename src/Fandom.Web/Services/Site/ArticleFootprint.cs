using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Services.Articles;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Site;

/// <summary>
/// Where one article stands on the reader site at a moment: whether readers see it, when that changes by itself
/// (scheduled publish or unpublish), the cache tags of the lists it belongs to (categories, tags, authors, quoted
/// people) and its previous/next neighbours. Taken before and
/// after a change, it tells <see cref="ReaderCacheInvalidation.ArticleChangedAsync"/> which cached pages to evict.
/// </summary>
public sealed record ArticleFootprint(
    int Id, bool Visible, IReadOnlyList<DateTime> Upcoming, IReadOnlyList<string> Lists, IReadOnlyList<int> Neighbours)
{

    /// <summary>
    /// The article's footprint as stored now (null when it does not exist): one query, and one more for its
    /// neighbours when readers can see it.
    /// </summary>
    public static async Task<ArticleFootprint?> OfAsync(FandomDbContext db, int id, DateTime nowUtc, CancellationToken ct = default)
    {
        var row = await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new
            {
                a.Status, a.PublishAtUtc, a.UnpublishAtUtc,
                Categories = a.Categories.Select(c => c.Slug).ToList(),
                Tags = a.Tags.Select(t => t.Slug).ToList(),
                Authors = a.Authors.Select(u => u.Slug).ToList(),
                People = a.Quotes.Select(q => q.Speaker!.Slug).ToList(),
            })
            .AsSplitQuery()
            .FirstOrDefaultAsync(ct);
        if (row is null) return null;

        var visible = ArticleVisibility.IsVisibleAt(row.Status, row.PublishAtUtc, row.UnpublishAtUtc, nowUtc);
        // The instants at which readers will see it appear or leave without anyone saving (the publishing schedule's).
        var upcoming = row.Status != ArticleStatus.Published ? []
            : new[] { row.PublishAtUtc, row.UnpublishAtUtc }.Where(t => t > nowUtc).Select(t => t!.Value).ToList();
        List<string> lists =
        [
            .. row.Categories.Select(ReaderCacheInvalidation.CategoryTag),
            .. row.Tags.Select(ReaderCacheInvalidation.TagTag),
            .. row.Authors.Select(ReaderCacheInvalidation.AuthorTag),
            .. row.People.Distinct().Select(ReaderCacheInvalidation.PersonTag),
        ];
        var neighbours = visible ? await NeighboursAsync(db, id, row.PublishAtUtc!.Value, nowUtc, ct) : [];
        return new ArticleFootprint(id, visible, upcoming, lists, neighbours);
    }

    /// <summary>Its previous/next neighbours, by the reader page's own query.</summary>
    private static async Task<List<int>> NeighboursAsync(FandomDbContext db, int id, DateTime at, DateTime nowUtc, CancellationToken ct) =>
        (await ArticleService.Neighbours(db, id, at, nowUtc).ToListAsync(ct)).Select(n => n.Id).ToList();
}
