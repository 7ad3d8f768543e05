using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Infrastructure.Faults;
using Fandom.Web.Services.Site;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Taxonomy;

public sealed record RedirectRow(int? Id, string FromPath, string ToPath, string Kind, DateTime CreatedAtUtc);

public sealed record NotFoundRow(string Path, int Count, DateTime FirstSeenUtc, DateTime LastSeenUtc);

/// <summary>Why a manual redirect was refused.</summary>
public enum RedirectError
{
    /// <summary>From is not a path on this site.</summary>
    FromNotAPath,
    /// <summary>To is neither a path that stays on this site nor an absolute http(s) address (<see cref="RedirectTarget"/>).</summary>
    ToNotAllowed,
    SameAddress,
    /// <summary>From is under the site's own staff or system addresses.</summary>
    Reserved,
    /// <summary>From answers readers already, so the redirect would never fire.</summary>
    LivePage,
    AlreadyRedirects,
    /// <summary>To redirects, in the end, back to From.</summary>
    Loop,
}

/// <summary>
/// Redirects for addresses that no longer answer: automatic ones from retired article and category slugs,
/// manual ones editors add. They apply only where the site would otherwise answer 404, so a live page always
/// wins. Manual redirects never chain: a new redirect to a redirected path points at its final destination,
/// and redirects to the new source are re-pointed; a redirect that would come back to its own source is refused.
/// </summary>
public sealed class RedirectService(FandomDbContext db, TimeProvider time, DeferredWrites deferred)
{
    /// <summary>How many distinct missing paths the 404 log keeps; the stalest goes when a new one comes.</summary>
    public const int NotFoundLogCapacity = 500;

    /// <summary>Longer paths are not logged: no reader types them, and they would only fill the log.</summary>
    public const int MaxLoggedPathLength = 500;

    private static readonly string[] ReservedPrefixes = ["/editorial", "/admin", "/Identity", "/setup", "/healthz", "/error"];
    private DateTime Now => time.UtcNow();

    /// <summary>Queues a reader's miss for the 404 log, to be written off the request path.</summary>
    public void NoteNotFound(string path)
    {
        if (path.Length <= MaxLoggedPathLength) deferred.Enqueue(new NotFoundSeen(path, 1, Now));
    }

    /// <summary>Where a missing path should send the reader, if anywhere.</summary>
    public async Task<string?> ResolveAsync(string path, CancellationToken ct = default)
    {
        var manual = await db.Redirects.AsNoTracking().Where(r => r.FromPath == path).Select(r => r.ToPath).FirstOrDefaultAsync(ct);
        if (manual is not null) return manual;

        // /category/{old}, /category/{old}/feed and /category/{old}/atom follow the category's rename or merge.
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 2 or 3 && parts[0] == "category" && (parts.Length == 2 || parts[2] is "feed" or "atom"))
        {
            var old = parts[1];
            var current = await db.CategorySlugs.AsNoTracking().Where(s => s.Slug == old).Select(s => s.Category!.Slug).FirstOrDefaultAsync(ct);
            if (current is not null) return parts.Length == 2 ? ReaderUrls.Category(current) : parts[2] == "feed" ? ReaderUrls.CategoryRss(current) : ReaderUrls.CategoryAtom(current);
        }
        return null;
    }

    /// <summary>
    /// Counts <paramref name="hits"/> reader requests for a missing path, the last at <paramref name="lastSeenUtc"/>,
    /// keeping the log bounded. Called off the request path (<see cref="NotFoundSeen"/>), so a miss never writes.
    /// </summary>
    public async Task RecordNotFoundAsync(string path, int hits, DateTime lastSeenUtc, CancellationToken ct = default)
    {
        if (path.Length > MaxLoggedPathLength) return;
        if (await CountAsync(path, hits, lastSeenUtc, ct) > 0) return;
        if (await db.NotFoundHits.CountAsync(ct) >= NotFoundLogCapacity)
            await db.NotFoundHits.OrderBy(h => h.LastSeenUtc).Take(1).ExecuteDeleteAsync(ct);
        db.NotFoundHits.Add(new NotFoundHit { Path = path, Count = hits, FirstSeenUtc = lastSeenUtc, LastSeenUtc = lastSeenUtc });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DatabaseFaults.Find(e) is null)
        {
            // Another instance inserted the path first (unique index): count these on that row.
            db.ChangeTracker.Clear();
            await CountAsync(path, hits, lastSeenUtc, ct);
        }
    }

    private Task<int> CountAsync(string path, int hits, DateTime now, CancellationToken ct) =>
        db.NotFoundHits.Where(h => h.Path == path)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.Count, h => h.Count + hits).SetProperty(h => h.LastSeenUtc, now), ct);

    /// <summary>Manual redirects first, then the automatic ones from slug changes, newest first.</summary>
    public async Task<List<RedirectRow>> ListAsync(CancellationToken ct = default)
    {
        var manual = await db.Redirects.AsNoTracking().OrderByDescending(r => r.CreatedAtUtc)
            .Select(r => new RedirectRow(r.Id, r.FromPath, r.ToPath, "Manual", r.CreatedAtUtc)).ToListAsync(ct);
        var articles = await db.ArticleSlugs.AsNoTracking().OrderByDescending(s => s.RetiredAtUtc).Take(200)
            .Select(s => new RedirectRow(null, ReaderUrls.Article(s.Slug), ReaderUrls.Article(s.Article!.Slug), "Article slug", s.RetiredAtUtc)).ToListAsync(ct);
        var categories = await db.CategorySlugs.AsNoTracking().OrderByDescending(s => s.RetiredAtUtc).Take(200)
            .Select(s => new RedirectRow(null, ReaderUrls.Category(s.Slug), ReaderUrls.Category(s.Category!.Slug), "Category slug", s.RetiredAtUtc)).ToListAsync(ct);
        return [.. manual, .. articles.Concat(categories).OrderByDescending(r => r.CreatedAtUtc)];
    }

    public Task<List<NotFoundRow>> NotFoundLogAsync(CancellationToken ct = default) =>
        db.NotFoundHits.AsNoTracking().OrderByDescending(h => h.LastSeenUtc).Take(100)
            .Select(h => new NotFoundRow(h.Path, h.Count, h.FirstSeenUtc, h.LastSeenUtc)).ToListAsync(ct);

    /// <summary>
    /// Adds a manual redirect after checking it can fire and cannot loop. A refusal is about the paths as
    /// <see cref="Normalize"/> makes them.
    /// </summary>
    public async Task<Outcome<RedirectError>> AddAsync(string fromPath, string toPath, Actor actor, CancellationToken ct = default)
    {
        var from = Normalize(fromPath);
        var to = NormalizeTarget(toPath);
        if (from is null) return RedirectError.FromNotAPath;
        if (to is null) return RedirectError.ToNotAllowed;
        if (from == to) return RedirectError.SameAddress;
        if (from == "/" || IsReserved(from)) return RedirectError.Reserved;
        if (await IsLivePageAsync(from, ct)) return RedirectError.LivePage;
        if (await db.Redirects.AnyAsync(r => r.FromPath == from, ct)) return RedirectError.AlreadyRedirects;

        var final = await db.Redirects.Where(r => r.FromPath == to).Select(r => r.ToPath).FirstOrDefaultAsync(ct) ?? to;
        if (final == from) return RedirectError.Loop;
        await PointAsync(db, from, final, actor, Now, ct);
        db.Audit(Now, actor, "redirect.create", nameof(Redirect), from, $"{from} → {final}");
        await db.SaveChangesAsync(ct);
        return Outcome<RedirectError>.Done;
    }

    /// <summary>Whether a path is under the site's own staff or system addresses, where no redirect may start.</summary>
    public static bool IsReserved(string path) => ReservedPrefixes.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    public async Task DeleteAsync(int id, Actor actor, CancellationToken ct = default)
    {
        var redirect = await db.Redirects.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (redirect is null) return;
        db.Redirects.Remove(redirect);
        db.Audit(Now, actor, "redirect.delete", nameof(Redirect), redirect.FromPath, $"{redirect.FromPath} → {redirect.ToPath}");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Stages "<paramref name="from"/> now lives at <paramref name="to"/>" (for a renamed or merged tag as for a manual
    /// redirect): <paramref name="to"/> is live, so nothing redirects away from it; redirects that led to
    /// <paramref name="from"/> are re-pointed, so there is never a chain. The caller saves.
    /// </summary>
    public static async Task PointAsync(FandomDbContext db, string from, string to, Actor actor, DateTime now, CancellationToken ct = default)
    {
        db.Redirects.RemoveRange(await db.Redirects.Where(r => r.FromPath == to || r.FromPath == from).ToListAsync(ct));
        foreach (var earlier in await db.Redirects.Where(r => r.ToPath == from).ToListAsync(ct))
            earlier.ToPath = to;
        db.Redirects.Add(new Redirect { FromPath = from, ToPath = to, CreatedById = actor.UserId, CreatedAtUtc = now });
        db.NotFoundHits.RemoveRange(await db.NotFoundHits.Where(h => h.Path == from).ToListAsync(ct));
    }

    private async Task<bool> IsLivePageAsync(string path, CancellationToken ct)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2) return false;
        var slug = parts[1];
        return parts[0] switch
        {
            "articles" => await db.Articles.AnyAsync(a => a.Slug == slug, ct),
            "category" => await db.Categories.AnyAsync(c => c.Slug == slug, ct),
            "tag" => await db.Tags.AnyAsync(t => t.Slug == slug, ct),
            "author" => await db.Users.AnyAsync(u => u.Slug == slug, ct),
            _ => false,
        };
    }

    /// <summary>
    /// An allowed target as it is stored: an absolute address as typed (its query is the destination's), a path
    /// as <see cref="Normalize"/> makes it; null when <see cref="RedirectTarget"/> refuses it.
    /// </summary>
    public static string? NormalizeTarget(string? target)
    {
        target = target?.Trim();
        if (string.IsNullOrEmpty(target) || target.Length > MaxLoggedPathLength) return null;
        var normalized = target[0] == '/' ? Normalize(target) : target;
        return RedirectTarget.IsAllowed(normalized) ? normalized : null;
    }

    /// <summary>A site-relative path without query or trailing slash, or null when it is not one.</summary>
    public static string? Normalize(string? path)
    {
        path = path?.Trim();
        if (string.IsNullOrEmpty(path) || path[0] != '/' || path.StartsWith("//") || path.Contains('\\') || path.Length > MaxLoggedPathLength) return null;
        var end = path.IndexOfAny(['?', '#']);
        if (end >= 0) path = path[..end];
        return path.Length > 1 ? path.TrimEnd('/') : path;
    }
}

/// <summary>Reader misses of one path, merged within a batch: their count adds up, the last time wins.</summary>
public sealed record NotFoundSeen(string Path, int Hits, DateTime LastSeenUtc) : IDeferredWrite
{
    public string Key => "404:" + Path;

    public IDeferredWrite MergeWith(IDeferredWrite later) => later is NotFoundSeen next
        ? this with { Hits = Hits + next.Hits, LastSeenUtc = next.LastSeenUtc > LastSeenUtc ? next.LastSeenUtc : LastSeenUtc }
        : later;

    public Task ApplyAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<RedirectService>().RecordNotFoundAsync(Path, Hits, LastSeenUtc, ct);
}
