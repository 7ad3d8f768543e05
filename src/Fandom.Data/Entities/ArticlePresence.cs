namespace Fandom.Data.Entities;

/// <summary>Who has an article open in the editor, refreshed by a heartbeat; stale rows mean gone.</summary>
public class ArticlePresence
{
    public int ArticleId { get; set; }
    public required string UserId { get; set; }
    public string DisplayName { get; set; } = "";
    public DateTime LastSeenUtc { get; set; }
}
