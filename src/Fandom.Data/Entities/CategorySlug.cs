namespace Fandom.Data.Entities;

/// <summary>A slug a category used to have; its pages redirect permanently to the current one.</summary>
public class CategorySlug
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public int CategoryId { get; set; }
    public Category? Category { get; set; }
    public DateTime RetiredAtUtc { get; set; }
}
