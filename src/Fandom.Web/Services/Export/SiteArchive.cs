using System.Text.Json;
using System.Text.Json.Serialization;
using Fandom.Data.Entities;

namespace Fandom.Web.Services.Export;

/// <summary>
/// The shape of a full-site archive (<c>export --full</c>): a <c>manifest.json</c> naming the format version and
/// every file, one JSON file per kind of record, and the media files under <c>media/</c>. Records point at each
/// other by the ids they had on the exporting site; an importer maps them to new ids. Staff travel as bylines with
/// their role, never with a password hash, security stamp or token.
/// </summary>
public static class SiteArchive
{
    /// <summary>Raised when the layout of the archive changes so an older importer would misread it.</summary>
    public const int FormatVersion = 1;

    public const string ManifestFile = "manifest.json";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };
}

public sealed record SiteManifest(int FormatVersion, string Generator, DateTime ExportedAtUtc, List<ManifestFile> Files);

/// <summary>One file of the archive: its path, what it holds and how many records (for JSON files).</summary>
public sealed record ManifestFile(string Path, string Kind, int? Records = null, long? Bytes = null);

public sealed record StaffRecord(string Id, string DisplayName, string Slug, string? Bio, string? Email, string? TimeZoneId,
    List<string> Roles, DateTime CreatedAtUtc);

public sealed record CategoryRecord(int Id, string Name, string Slug, string? Description, int DisplayOrder, List<string> FormerSlugs);

public sealed record TagRecord(int Id, string Name, string Slug);

public sealed record PersonRecord(int Id, string Name, string Slug, string? Bio, string? Url);

public sealed record QuoteRecord(int Id, string Text, int SpeakerId, string? SourceName, string? SourceUrl, DateOnly? SaidOn,
    string? Context, int? OriginArticleId, DateTime CreatedAtUtc, DateTime UpdatedAtUtc);

/// <summary>A media item's words and numbers; <see cref="File"/> is its path in the archive.</summary>
public sealed record MediaRecord(int Id, string File, string StorageKey, string ContentType, string? OriginalFileName, long Length,
    int Width, int Height, string AltText, string? Caption, string? Credit, string? CreditUrl, string? Licence,
    string? UploadedById, DateTime UploadedAtUtc);

public sealed record ArticleRecord(int Id, string Title, string Slug, string? Dek, string Body, ArticleStatus Status,
    DateTime? PublishAtUtc, DateTime? UnpublishAtUtc, DateTime CreatedAtUtc, DateTime UpdatedAtUtc,
    string? SeoTitle, string? SeoDescription, string? ContentNotes, string? ReviewNote,
    int? HeroMediaId, string? HeroCaption, string? HeroAltText,
    List<string> AuthorIds, List<int> CategoryIds, List<int> TagIds, List<string> FormerSlugs);

public sealed record RevisionRecord(int Id, int ArticleId, string Title, string? Dek, string Body, string? ContentNotes,
    string? SeoTitle, string? SeoDescription, string? Slug, ArticleStatus Status, string? AuthorId, DateTime CreatedAtUtc,
    string? Note, bool Pinned);

public sealed record RedirectRecord(string FromPath, string ToPath, bool Permanent, DateTime CreatedAtUtc);

public sealed record SettingsRecord(string? Name, string? Tagline, string? TimeZone, string? SocialNetwork, int? ArticlesPerPage,
    bool? PublicRegistration, bool? FeedFullContent, DateTime UpdatedAtUtc, DateTime? SetupCompletedAtUtc);
