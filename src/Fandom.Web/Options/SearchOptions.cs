using System.ComponentModel.DataAnnotations;

namespace Fandom.Web.Options;

public sealed class SearchOptions
{
    public const string Section = "Fandom:Search";

    /// <summary>
    /// How often, in minutes, a SQLite site looks at how many segments its full-text index is in and merges them when
    /// there are too many (<see cref="SqliteIndexMostSegments"/>); 0 never does. PostgreSQL's GIN indexes need nothing of the kind.
    /// </summary>
    [Range(0, 10_080)] public int SqliteIndexCheckMinutes { get; set; } = 60;

    /// <summary>
    /// Segments the SQLite full-text index may be in before the check merges it into one: each word looked up costs a
    /// descent into every segment, and merging rewrites the whole index (about 6 s of one core at 100,000 articles).
    /// </summary>
    [Range(1, 1_000)] public int SqliteIndexMostSegments { get; set; } = 8;
}
