using Fandom.Data.Entities;

namespace Fandom.Web.Services;

public static class ArticleVisibility
{
    /// <summary>
    /// The one rule for what readers see (SPEC §4): published, publish time reached, not yet taken down.
    /// Every reader surface filters through this; scheduling needs no job because "now" moves. It applies to articles
    /// and to their list rows, which carry a copy of the same fields (<see cref="ArticleListing"/>).
    /// </summary>
    public static IQueryable<T> VisibleAt<T>(this IQueryable<T> articles, DateTime nowUtc) where T : class, IReaderVisibility =>
        articles.Where(a => a.Status == ArticleStatus.Published
            && a.PublishAtUtc <= nowUtc
            && (a.UnpublishAtUtc == null || a.UnpublishAtUtc > nowUtc));

    /// <summary>The same rule for one article already in memory.</summary>
    public static bool IsVisibleAt(ArticleStatus status, DateTime? publishAtUtc, DateTime? unpublishAtUtc, DateTime nowUtc) =>
        status == ArticleStatus.Published && publishAtUtc <= nowUtc && (unpublishAtUtc == null || unpublishAtUtc > nowUtc);
}
