namespace Fandom.Web.Content;

/// <summary>
/// What a render may need from the database, loaded beforehand by <see cref="Services.RenderContextLoader"/>:
/// Markdown extensions never query anything themselves.
/// </summary>
public sealed record RenderContext(
    IReadOnlyDictionary<int, QuoteEmbed> Quotes,
    IReadOnlyDictionary<int, MediaEmbed> Media,
    IReadOnlyDictionary<string, string> PersonSlugsByName,
    string SocialNetwork)
{
    public static readonly RenderContext Empty = new(
        new Dictionary<int, QuoteEmbed>(), new Dictionary<int, MediaEmbed>(),
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), "bluesky");
}

/// <summary>A library quote as <c>{{quote N}}</c> renders it.</summary>
public sealed record QuoteEmbed(int Id, string Text, string SpeakerName, string? SpeakerSlug, string? SourceName, string? SourceUrl, DateOnly? SaidOn);

/// <summary>A media item as <c>{{image N}}</c> and hero figures render it.</summary>
public sealed record MediaEmbed(
    int Id, string StorageKey, string ContentType, int Width, int Height, IReadOnlyList<int> DerivedWidths,
    string AltText, string? Caption, string? Credit, string? CreditUrl, string? Licence);
