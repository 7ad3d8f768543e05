using Fandom.Data.Entities;

namespace Fandom.Web.Services;

public static class ArticleVisibility
{
    /// <summary>
    /// The one rule for what readers see (SPEC §4): published, publish time reached, not yet taken down.
    /// Every reader surface filters through this; scheduling needs no job because "now" moves.
    /// </summary>
    public static IQueryable<Article> VisibleAt(this IQueryable<Article> articles, DateTime nowUtc) =>
        articles.Where(a => a.Status == ArticleStatus.Published
            && a.PublishAtUtc <= nowUtc
            && (a.UnpublishAtUtc == null || a.UnpublishAtUtc > nowUtc));

    /// <summary>The same rule for one article already in memory.</summary>
    public static bool IsVisibleAt(ArticleStatus status, DateTime? publishAtUtc, DateTime? unpublishAtUtc, DateTime nowUtc) =>
        status == ArticleStatus.Published && publishAtUtc <= nowUtc && (unpublishAtUtc == null || unpublishAtUtc > nowUtc);
}
