namespace Fandom.Data.Entities;

public class Category
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public string? Description { get; set; }
    public int DisplayOrder { get; set; }
    public List<Article> Articles { get; set; } = [];
    public List<CategorySlug> OldSlugs { get; set; } = [];
}
