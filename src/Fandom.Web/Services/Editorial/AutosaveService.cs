using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Infrastructure.Faults;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Editorial;

/// <summary>A person's rolling autosave of an article: the form as typed, and the version it started from.</summary>
public sealed record AutosaveCopy(string Payload, string? BaseStamp, DateTime SavedAtUtc);

/// <summary>
/// Autosave and presence for the article editor. An autosave is one row per person and article, replaced
/// each time; it never touches the article itself, so it publishes nothing and cannot cause a conflict.
/// Presence is written off the request path (<see cref="EditorSeen"/>): a heartbeat only reads, so the editor
/// keeps working, and its text can be copied out, while the database refuses writes.
/// </summary>
public sealed class AutosaveService(FandomDbContext db, TimeProvider time, DeferredWrites deferred)
{
    /// <summary>How long after the last heartbeat someone still counts as having the article open.</summary>
    public static readonly TimeSpan PresenceWindow = TimeSpan.FromSeconds(45);

    private DateTime Now => time.UtcNow();

    public async Task<DateTime> SaveAsync(int articleId, Actor actor, string payload, string? baseStamp, CancellationToken ct = default)
    {
        var row = await db.ArticleAutosaves.FirstOrDefaultAsync(a => a.ArticleId == articleId && a.UserId == actor.UserId, ct);
        if (row is null)
        {
            row = new ArticleAutosave { ArticleId = articleId, UserId = actor.UserId, Payload = payload };
            db.ArticleAutosaves.Add(row);
        }
        row.Payload = payload;
        row.BaseStamp = baseStamp;
        row.SavedAtUtc = Now;
        await db.SaveChangesAsync(ct);
        return row.SavedAtUtc;
    }

    public Task<AutosaveCopy?> FindAsync(int articleId, Actor actor, CancellationToken ct = default) =>
        db.ArticleAutosaves.Where(a => a.ArticleId == articleId && a.UserId == actor.UserId)
            .Select(a => new AutosaveCopy(a.Payload, a.BaseStamp, a.SavedAtUtc))
            .FirstOrDefaultAsync(ct);

    public Task DiscardAsync(int articleId, Actor actor, CancellationToken ct = default) =>
        db.ArticleAutosaves.Where(a => a.ArticleId == articleId && a.UserId == actor.UserId).ExecuteDeleteAsync(ct);

    /// <summary>Notes that <paramref name="actor"/> has the article open (written moments later) and answers who else does.</summary>
    public async Task<IReadOnlyList<string>> HeartbeatAsync(int articleId, Actor actor, CancellationToken ct = default)
    {
        deferred.Enqueue(new EditorSeen(articleId, actor.UserId, actor.Name.Length > 100 ? actor.Name[..100] : actor.Name, Now));
        return await OthersEditingAsync(articleId, actor, ct);
    }

    /// <summary>Stores a heartbeat: one row per person and article, its time moved forward.</summary>
    public async Task RecordPresenceAsync(EditorSeen seen, CancellationToken ct = default)
    {
        var row = await db.ArticlePresences.FirstOrDefaultAsync(p => p.ArticleId == seen.ArticleId && p.UserId == seen.UserId, ct);
        if (row is null)
        {
            // The article may have been deleted since the heartbeat: nothing to be present in.
            if (!await db.Articles.AnyAsync(a => a.Id == seen.ArticleId, ct)) return;
            row = new ArticlePresence { ArticleId = seen.ArticleId, UserId = seen.UserId };
            db.ArticlePresences.Add(row);
        }
        row.DisplayName = seen.DisplayName;
        if (seen.AtUtc > row.LastSeenUtc) row.LastSeenUtc = seen.AtUtc;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Who besides <paramref name="actor"/> has sent a heartbeat for the article within the presence window.</summary>
    public async Task<IReadOnlyList<string>> OthersEditingAsync(int articleId, Actor actor, CancellationToken ct = default)
    {
        var since = Now - PresenceWindow;
        return await db.ArticlePresences
            .Where(p => p.ArticleId == articleId && p.UserId != actor.UserId && p.LastSeenUtc >= since)
            .OrderBy(p => p.DisplayName).Select(p => p.DisplayName).ToListAsync(ct);
    }
}

/// <summary>An editor's heartbeat, to be written off the request path; the later one of a batch wins.</summary>
public sealed record EditorSeen(int ArticleId, string UserId, string DisplayName, DateTime AtUtc) : IDeferredWrite
{
    public string Key => $"presence:{ArticleId}:{UserId}";

    public IDeferredWrite MergeWith(IDeferredWrite later) => later;

    public Task ApplyAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<AutosaveService>().RecordPresenceAsync(this, ct);
}
