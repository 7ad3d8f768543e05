namespace Fandom.Data.Entities;

public class ArticleAuthor : ArticleListing
{
    public string AuthorId { get; set; } = "";
    public StaffUser? Author { get; set; }
}
