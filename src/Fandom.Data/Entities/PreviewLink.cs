namespace Fandom.Data.Entities;

/// <summary>A revocable, expiring share link to a draft preview; only the token's hash is stored.</summary>
public class PreviewLink
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public required string TokenHash { get; set; }
    public string? CreatedById { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime ExpiresAtUtc { get; set; }
    public DateTime? RevokedAtUtc { get; set; }
}
