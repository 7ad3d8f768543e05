namespace Fandom.Data.Entities;

public class Article : IReaderVisibility
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public required string Slug { get; set; }
    public string? Dek { get; set; }

    /// <summary>Markdown source as the editor wrote it.</summary>
    public string Body { get; set; } = "";

    /// <summary>Sanitized HTML rendered from <see cref="Body"/>; never rendered from anywhere else.</summary>
    public string BodyHtml { get; set; } = "";

    /// <summary>Version of the rendering pipeline that produced <see cref="BodyHtml"/>; a newer pipeline re-renders.</summary>
    public int RenderVersion { get; set; }

    /// <summary>Plain-text summary used for cards, meta descriptions and feeds (spoiler-free).</summary>
    public string Excerpt { get; set; } = "";

    public int WordCount { get; set; }

    /// <summary>The spoiler-free visible text (title, dek, body, quotes) that full-text search indexes.</summary>
    public string SearchText { get; set; } = "";

    public int? HeroMediaId { get; set; }
    public MediaItem? HeroMedia { get; set; }
    public string? HeroCaption { get; set; }
    public string? HeroAltText { get; set; }

    /// <summary>Comma-separated reader warnings shown before the body, e.g. "mental health".</summary>
    public string? ContentNotes { get; set; }

    public ArticleStatus Status { get; set; }
    public DateTime? PublishAtUtc { get; set; }
    public DateTime? UnpublishAtUtc { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    public string? SeoTitle { get; set; }
    public string? SeoDescription { get; set; }

    /// <summary>The editor's note when an article is sent back from review.</summary>
    public string? ReviewNote { get; set; }

    /// <summary>Changed on every save; a save that carries an older stamp is a conflict.</summary>
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    /// <summary>
    /// Where an imported article came from, e.g. "wordpress:https://example.com/?p=12": a second import of the same
    /// post finds it and creates nothing. Null for articles written here.
    /// </summary>
    public string? ImportKey { get; set; }

    public List<StaffUser> Authors { get; set; } = [];
    public List<Category> Categories { get; set; } = [];
    public List<Tag> Tags { get; set; } = [];
    public List<ArticleSlug> OldSlugs { get; set; } = [];
    public List<ArticleRevision> Revisions { get; set; } = [];

    /// <summary>Library quotes the body embeds or that were collected from it; re-rendered when one changes.</summary>
    public List<Quote> Quotes { get; set; } = [];

    /// <summary>Media items the body embeds with <c>{{image N}}</c> (the hero is <see cref="HeroMedia"/>).</summary>
    public List<MediaItem> EmbeddedMedia { get; set; } = [];
}
