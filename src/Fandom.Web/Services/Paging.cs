using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services;

/// <summary>One page of a list, with what a pager needs to link its neighbours.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Number, int Size, int TotalCount)
{
    public int PageCount => Math.Max(1, (int)Math.Ceiling(TotalCount / (double)Size));
    public bool HasPrevious => Number > 1;
    public bool HasNext => Number < PageCount;
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
}
