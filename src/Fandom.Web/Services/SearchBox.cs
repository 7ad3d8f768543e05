using System.Linq.Expressions;

namespace Fandom.Web.Services;

public static class SearchBox
{
    /// <summary>
    /// The rows a staff list's search box asks for: <paramref name="matches"/> gets the term trimmed and lower-cased,
    /// to compare with lower-cased columns (both providers translate ToLower; their own case rules differ). No term,
    /// every row.
    /// </summary>
    public static IQueryable<T> Matching<T>(this IQueryable<T> rows, string? search, Func<string, Expression<Func<T, bool>>> matches) =>
        search.TrimToNull()?.ToLower() is { } term ? rows.Where(matches(term)) : rows;
}
