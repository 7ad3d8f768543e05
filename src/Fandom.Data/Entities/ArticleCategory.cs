namespace Fandom.Data.Entities;

public class ArticleCategory : ArticleListing
{
    public int CategoryId { get; set; }
    public Category? Category { get; set; }
}
