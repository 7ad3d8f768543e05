using System.Text.Json.Serialization;
using Fandom.Web.Content;
using Fandom.Web.Services.Articles;
using Fandom.Web.Services.Site;

namespace Fandom.Web.Services.Api;

// The shapes the content API writes, as JSON with the web defaults (camelCase). They hold only what reader pages show:
// no ids of accounts, no e-mail addresses, no workflow state, no editorial notes. Anything that serializes published
// content for another site (an export, for one) can write these as they are.

/// <summary>A name with the reader page it has (an author, a section, a topic, a quoted person).</summary>
public sealed record LinkResource(string Name, string Slug, string Url);

/// <summary>An article's hero image as readers see it: the article's caption and alt text, the image's own credit.</summary>
public sealed record HeroResource(
    string Url, int Width, int Height, string AltText, string? Caption, string? Credit, string? CreditUrl, string? Licence)
{
    public static HeroResource From(HeroImage hero, string baseUrl) => new(
        baseUrl + MediaUrls.Original(hero.Media.StorageKey), hero.Media.Width, hero.Media.Height, hero.AltText, hero.Caption,
        hero.Media.Credit, WebAddresses.IsWebAddress(hero.Media.CreditUrl) ? hero.Media.CreditUrl : null, hero.Media.Licence);
}

/// <summary>The search-engine title and description an editor set, when they differ from the article's own.</summary>
public sealed record SeoResource(string? Title, string? Description);

/// <summary>
/// A published article. <see cref="BodyHtml"/> (the stored, sanitized HTML, links made absolute) and <see cref="Seo"/>
/// are written only when asked for in a list (<c>fields=bodyHtml,seo</c>) and always for a single article.
/// </summary>
public sealed record ArticleResource(
    int Id, string Slug, string Title, string? Dek, string Excerpt, string Url,
    DateTime PublishedAt, DateTime UpdatedAt, int ReadingMinutes, IReadOnlyList<string> ContentNotes,
    IReadOnlyList<LinkResource> Authors, IReadOnlyList<LinkResource> Categories, IReadOnlyList<LinkResource> Tags,
    HeroResource? Hero)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? BodyHtml { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public SeoResource? Seo { get; init; }

    public static ArticleResource From(ArticleDetail article, ArticleFields fields, string baseUrl) =>
        new(article.Id, article.Slug, article.Title, article.Dek, article.Excerpt, baseUrl + ReaderUrls.Article(article.Slug),
            article.PublishedAtUtc, Later(article.UpdatedAtUtc, article.PublishedAtUtc), article.ReadingMinutes, Notes(article.ContentNotes),
            [.. article.Authors.Select(a => new LinkResource(a.Name, a.Slug, baseUrl + ReaderUrls.Author(a.Slug)))],
            [.. article.Categories.Select(c => new LinkResource(c.Name, c.Slug, baseUrl + ReaderUrls.Category(c.Slug)))],
            [.. article.Tags.Select(t => new LinkResource(t.Name, t.Slug, baseUrl + ReaderUrls.Tag(t.Slug)))],
            article.Hero is { } hero ? HeroResource.From(hero, baseUrl) : null)
        {
            BodyHtml = fields.BodyHtml ? FeedWriter.AbsoluteUrls(article.BodyHtml, baseUrl) : null,
            Seo = fields.Seo ? new SeoResource(article.SeoTitle, article.SeoDescription) : null,
        };

    /// <summary>An edit made before a scheduled article went live does not predate its publication (as in the feeds).</summary>
    private static DateTime Later(DateTime updated, DateTime published) => updated > published ? updated : published;

    private static IReadOnlyList<string> Notes(string? notes) =>
        notes?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
}

/// <summary>Which of an article's optional fields a list writes.</summary>
public sealed record ArticleFields(bool BodyHtml, bool Seo)
{
    public static readonly ArticleFields All = new(true, true);

    /// <summary>The names <c>fields</c> accepts, as the JSON writes them.</summary>
    public static readonly IReadOnlyList<string> Names = ["bodyHtml", "seo"];

    /// <summary>Parses <c>fields=bodyHtml,seo</c>; null when it names a field there is not.</summary>
    public static ArticleFields? Parse(string? fields)
    {
        var names = (fields ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (names.Any(n => !Names.Contains(n, StringComparer.OrdinalIgnoreCase))) return null;
        return new(Has("bodyHtml"), Has("seo"));
        bool Has(string name) => names.Contains(name, StringComparer.OrdinalIgnoreCase);
    }
}

public sealed record CategoryResource(string Name, string Slug, string? Description, string Url);

/// <summary>A staff author with a published article: their byline name, page and bio, nothing of their account.</summary>
public sealed record AuthorResource(string Name, string Slug, string? Bio, string Url);

/// <summary>Someone quoted in a published article. <see cref="Website"/> is their own link; <see cref="Url"/> their page here.</summary>
public sealed record PersonResource(string Name, string Slug, string? Bio, string? Website, string Url);

/// <summary>A library quote that appears in a published article.</summary>
public sealed record QuoteResource(int Id, string Text, LinkResource Speaker, string? SourceName, string? SourceUrl, DateOnly? SaidOn);

/// <summary>Where a list's neighbouring pages are; absent at either end.</summary>
public sealed record PageLinks(string Self, string? Next, string? Previous);

/// <summary>One page of a list. <see cref="Page"/> is its number for numbered lists, absent for lists paged by cursor.</summary>
public sealed record ListResource<T>(IReadOnlyList<T> Items, int? Page, int PageSize, PageLinks Links);
