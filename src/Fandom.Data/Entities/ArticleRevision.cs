namespace Fandom.Data.Entities;

/// <summary>A snapshot of an article's editable fields, taken at each save.</summary>
public class ArticleRevision
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public required string Title { get; set; }
    public string? Dek { get; set; }
    public string Body { get; set; } = "";
    public string? ContentNotes { get; set; }
    public string? SeoTitle { get; set; }
    public string? SeoDescription { get; set; }
    public string? Slug { get; set; }
    public ArticleStatus Status { get; set; }
    public string? AuthorId { get; set; }
    public StaffUser? Author { get; set; }
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>What made this revision when it was not an edit, e.g. "Imported from WordPress (post 12)".</summary>
    public string? Note { get; set; }

    /// <summary>Pinned revisions are kept forever by the retention policy.</summary>
    public bool Pinned { get; set; }
}
