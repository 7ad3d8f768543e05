using Fandom.Data;
using Fandom.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Editorial;

/// <summary>Why a status-only transition was refused: the article is gone, or its status does not allow it.</summary>
public enum WorkflowError { NotFound, WrongStatus }

/// <summary>
/// Transitions that change only an article's status, not its text: unpublish, archive, delete. They leave the
/// concurrency stamp alone, so whoever has the article open can still save without a false conflict.
/// </summary>
public sealed class WorkflowService(FandomDbContext db, TimeProvider time)
{
    /// <summary>Takes a published (or scheduled) article down: it goes back to Draft, keeping its text.</summary>
    public Task<Outcome<WorkflowError>> UnpublishAsync(int id, Actor actor, CancellationToken ct = default) =>
        MoveAsync(id, ArticleStatus.Draft, "article.unpublish", a => a.Status == ArticleStatus.Published, actor, ct);

    /// <summary>Retires an article: readers no longer see it, staff still find it on the desk.</summary>
    public Task<Outcome<WorkflowError>> ArchiveAsync(int id, Actor actor, CancellationToken ct = default) =>
        MoveAsync(id, ArticleStatus.Archived, "article.archive", a => a.Status != ArticleStatus.Archived, actor, ct);

    public async Task<Outcome<WorkflowError>> DeleteAsync(int id, Actor actor, CancellationToken ct = default)
    {
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (article is null) return WorkflowError.NotFound;
        db.Articles.Remove(article);
        db.Audit(time.UtcNow(), actor, "article.delete", nameof(Article), id, article.Title);
        await db.SaveChangesAsync(ct);
        return Outcome<WorkflowError>.Done;
    }

    private async Task<Outcome<WorkflowError>> MoveAsync(int id, ArticleStatus to, string action, Func<Article, bool> allowed, Actor actor, CancellationToken ct)
    {
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (article is null) return WorkflowError.NotFound;
        if (!allowed(article)) return WorkflowError.WrongStatus;
        var from = article.Status;
        article.Status = to;
        if (to == ArticleStatus.Draft) article.PublishAtUtc = null;
        db.Audit(time.UtcNow(), actor, action, nameof(Article), id, $"{from} → {to}");
        await db.SaveChangesAsync(ct);
        return Outcome<WorkflowError>.Done;
    }
}
