namespace Fandom.Data.Entities;

public class ArticleQuote : ArticleListing
{
    public int QuoteId { get; set; }
    public Quote? Quote { get; set; }
}
