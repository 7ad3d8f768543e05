namespace Fandom.Data.Entities;

/// <summary>One person's rolling autosave of one article: replaced on every autosave, never a revision.</summary>
public class ArticleAutosave
{
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public required string UserId { get; set; }

    /// <summary>The editor form's fields as JSON, exactly as typed.</summary>
    public required string Payload { get; set; }

    /// <summary>The article's concurrency stamp the typing started from.</summary>
    public string? BaseStamp { get; set; }
    public DateTime SavedAtUtc { get; set; }
}
