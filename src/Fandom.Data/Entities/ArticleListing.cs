namespace Fandom.Data.Entities;

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
