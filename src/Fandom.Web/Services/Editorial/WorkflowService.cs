using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Services.Site;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Editorial;

/// <summary>
/// Transitions that change only an article's status, not its text: unpublish, archive, delete. They leave the
/// concurrency stamp alone, so whoever has the article open can still save without a false conflict.
/// </summary>
public sealed class WorkflowService(FandomDbContext db, TimeProvider time, ReaderCacheInvalidation changes)
{
    /// <summary>Takes a published (or scheduled) article down: it goes back to Draft, keeping its text.</summary>
    public Task<bool> UnpublishAsync(int id, Actor actor, CancellationToken ct = default) =>
        MoveAsync(id, ArticleStatus.Draft, "article.unpublish", a => a.Status == ArticleStatus.Published, actor, ct);

    /// <summary>Retires an article: readers no longer see it, staff still find it on the desk.</summary>
    public Task<bool> ArchiveAsync(int id, Actor actor, CancellationToken ct = default) =>
        MoveAsync(id, ArticleStatus.Archived, "article.archive", a => a.Status != ArticleStatus.Archived, actor, ct);

    public async Task<bool> DeleteAsync(int id, Actor actor, CancellationToken ct = default)
    {
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (article is null) return false;
        var before = await ArticleFootprint.OfAsync(db, id, time.UtcNow(), ct);
        db.Articles.Remove(article);
        db.Audit(time.UtcNow(), actor, "article.delete", nameof(Article), id, article.Title);
        await db.SaveChangesAsync(ct);
        await changes.ArticleChangedAsync(before, null, ct);
        return true;
    }

    private async Task<bool> MoveAsync(int id, ArticleStatus to, string action, Func<Article, bool> allowed, Actor actor, CancellationToken ct)
    {
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (article is null || !allowed(article)) return false;
        var before = await ArticleFootprint.OfAsync(db, id, time.UtcNow(), ct);
        var from = article.Status;
        article.Status = to;
        if (to == ArticleStatus.Draft) article.PublishAtUtc = null;
        db.Audit(time.UtcNow(), actor, action, nameof(Article), id, $"{from} → {to}");
        await db.SaveChangesAsync(ct);
        await changes.ArticleChangedAsync(before, await ArticleFootprint.OfAsync(db, id, time.UtcNow(), ct), ct);
        return true;
    }
}
