namespace Fandom.Data.Entities;

/// <summary>What decides whether readers see an article (SPEC §4), on the article and on each of its list rows.</summary>
public interface IReaderVisibility
{
    ArticleStatus Status { get; }
    DateTime? PublishAtUtc { get; }
    DateTime? UnpublishAtUtc { get; }
}

/// <summary>
/// The row that puts an article in one of its lists (a category, a tag, an author, a quote, a quoted person).
/// It carries a copy of the article's visibility fields so a list page is one range of one index, newest first,
/// however large the archive and however rare the list; database triggers keep the copy in step with the
/// article (migration ArticleListings), so no code path can forget it and the app never writes it.
/// </summary>
public abstract class ArticleListing : IReaderVisibility
{
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public ArticleStatus Status { get; set; }
    public DateTime? PublishAtUtc { get; set; }
    public DateTime? UnpublishAtUtc { get; set; }
}

public class ArticleCategory : ArticleListing
{
    public int CategoryId { get; set; }
    public Category? Category { get; set; }
}

public class ArticleTag : ArticleListing
{
    public int TagId { get; set; }
    public Tag? Tag { get; set; }
}

public class ArticleAuthor : ArticleListing
{
    public string AuthorId { get; set; } = "";
    public StaffUser? Author { get; set; }
}

public class ArticleQuote : ArticleListing
{
    public int QuoteId { get; set; }
    public Quote? Quote { get; set; }
}

/// <summary>
/// An article that quotes a person, once however many of their quotes it holds: the list of the person's page.
/// The database derives these rows from the article's quotes (migration ArticleSpeakers), so the app only reads them.
/// </summary>
public class ArticleSpeaker : ArticleListing
{
    public int PersonId { get; set; }
    public Person? Person { get; set; }
}
