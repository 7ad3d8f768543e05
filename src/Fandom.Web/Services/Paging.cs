using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services;

/// <summary>
/// One page of a list, with what a pager needs to link its neighbours. Staff lists are counted
/// (<see cref="TotalCount"/>); reader lists are not — counting an archive on every page costs more than the page —
/// and know only whether a page follows (<see cref="MoreAfter"/>).
/// </summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Number, int Size, int? TotalCount = null)
{
    /// <summary>For an uncounted list: whether at least one item follows this page.</summary>
    public bool MoreAfter { get; init; }

    /// <summary>The number of pages, when the list is counted.</summary>
    public int? PageCount => TotalCount is { } total ? Math.Max(1, (int)Math.Ceiling(total / (double)Size)) : null;
    public bool HasPrevious => Number > 1;
    public bool HasNext => PageCount is { } count ? Number < count : MoreAfter;

    /// <summary>
    /// A page after the first with nothing on it: the list ends before it, so it is as missing as an unknown slug
    /// (a 404). The first page of an empty list is a real page that says so.
    /// </summary>
    public bool IsPastTheEnd => Number > 1 && Items.Count == 0;
}

public static class PagingExtensions
{
    /// <summary>Counts, then reads the requested page; a page number out of range yields an empty page.</summary>
    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> query, int page, int size, CancellationToken ct = default)
    {
        page = Math.Max(1, page);
        var total = await query.CountAsync(ct);
        // long: a huge page number from a URL must not overflow into a negative offset.
        var items = total <= (long)(page - 1) * size
            ? []
            : await query.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Page<T>(items, page, size, total);
    }

    /// <summary>
    /// Reads the requested page and one item more, to know whether another page follows, without counting:
    /// the cost is the page's offset in an index, never the size of the list.
    /// </summary>
    public static Task<Page<T>> ToUncountedPageAsync<T>(this IQueryable<T> query, int page, int size, CancellationToken ct = default) =>
        ToUncountedPageAsync((skip, take) => query.Skip(skip).Take(take).AsAsyncEnumerable(), page, size, ct);

    /// <summary>The same from a compiled query of (skip, take).</summary>
    public static async Task<Page<T>> ToUncountedPageAsync<T>(Func<int, int, IAsyncEnumerable<T>> read, int page, int size, CancellationToken ct = default)
    {
        page = Math.Max(1, page);
        var offset = (long)(page - 1) * size;
        if (offset > int.MaxValue - size - 1) return new Page<T>([], page, size);
        var items = await read((int)offset, size + 1).ToListAsync(ct);
        return new Page<T>(items.Take(size).ToList(), page, size) { MoreAfter = items.Count > size };
    }

    /// <summary>The same page with its items turned into something else (rows into cards).</summary>
    public static Page<TOut> With<TIn, TOut>(this Page<TIn> page, IReadOnlyList<TOut> items) =>
        new(items, page.Number, page.Size, page.TotalCount) { MoreAfter = page.MoreAfter };
}
