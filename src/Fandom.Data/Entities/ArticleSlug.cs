namespace Fandom.Data.Entities;

/// <summary>A slug an article used to have; requests for it redirect permanently to the current one.</summary>
public class ArticleSlug
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public DateTime RetiredAtUtc { get; set; }
}
