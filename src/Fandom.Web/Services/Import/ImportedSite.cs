using Fandom.Data.Entities;

namespace Fandom.Web.Services.Import;

/// <summary>The system an export file comes from.</summary>
public enum ImportFormat { WordPress, Ghost }

/// <summary>A file that cannot be imported: not the format, the wrong schema, or cut short. Nothing is imported from it.</summary>
public sealed class ImportFileException(string message) : Exception(message)
{
    /// <summary>The message with where in the file it applies: a line (XML) or a path (JSON).</summary>
    public static ImportFileException At(string where, string message) => new($"{where}: {message}");
}

/// <summary>Someone who wrote posts on the old site.</summary>
public sealed record ImportedAuthor(string Key, string DisplayName, string? Email, string? Bio);

/// <summary>A category or tag of the old site, by the slug it had there.</summary>
public sealed record ImportedTerm(string Slug, string Name, string? Description = null, string? OldPath = null)
{
    /// <summary>
    /// A term archive's address on the old site, e.g. <c>/category/screen/tv</c> or <c>/tag/netflix</c>: WordPress's
    /// and Ghost's words, which may or may not be Fandom's (<c>ReaderUrls</c> builds those).
    /// </summary>
    public static string OldArchive(string kind, params string[] slugs) => $"/{kind}/{string.Join('/', slugs)}";
}

/// <summary>An image of the old site: its address (or path under the uploads folder) and the words that go with it.</summary>
public sealed record ImportedImage(string Source, string? Alt, string? Caption);

/// <summary>One post of an export, in the old site's terms, as the readers of both formats hand it to the import.</summary>
public sealed class ImportedPost
{
    /// <summary>The id the old site gave it; with the site it makes the import key that makes a second run create nothing.</summary>
    public required string SourceId { get; init; }
    public required string Title { get; init; }
    public required string Slug { get; init; }

    /// <summary>The old site's status word ("publish", "pending", "scheduled"…), for the report.</summary>
    public required string SourceStatus { get; init; }

    /// <summary>The Fandom status it maps to; null when the post is not imported (see <see cref="SkipReason"/>).</summary>
    public ArticleStatus? Status { get; init; }
    public string? SkipReason { get; init; }
    public DateTime? PublishAtUtc { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    public string? Dek { get; init; }
    public string Html { get; init; } = "";
    public IReadOnlyList<string> AuthorKeys { get; init; } = [];
    public IReadOnlyList<string> CategorySlugs { get; init; } = [];
    public IReadOnlyList<string> TagSlugs { get; init; } = [];
    public ImportedImage? FeaturedImage { get; init; }

    /// <summary>Site-relative addresses the post answered at on the old site (with a query for <c>/?p=ID</c>).</summary>
    public IReadOnlyList<string> OldPaths { get; init; } = [];

    /// <summary>Where the post is in the file, for messages: "line 120" or "db[0].data.posts[3]".</summary>
    public string Location { get; init; } = "";
}

/// <summary>Everything an export holds that Fandom imports.</summary>
public sealed record ImportedSite(
    ImportFormat Format, string SiteKey, IReadOnlyList<ImportedAuthor> Authors, IReadOnlyList<ImportedTerm> Categories,
    IReadOnlyList<ImportedTerm> Tags, IReadOnlyList<ImportedPost> Posts)
{
    public string FormatName => Format == ImportFormat.WordPress ? "WordPress" : "Ghost";
}
