namespace Fandom.Data.Entities;

public class ArticleTag : ArticleListing
{
    public int TagId { get; set; }
    public Tag? Tag { get; set; }
}
