using System.Data.Common;
using System.Runtime.CompilerServices;
using Fandom.Data;
using Fandom.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Fandom.Web.Services.Site;

/// <summary>
/// Evicts cached reader pages when a save changes something readers see, so no service has to remember to: categories
/// (and their old slugs), tags, quotes, media and settings evict every reader page, as they reach many pages (the
/// masthead's sections, hero credits, quotes in stored article HTML); a person's name, bio or link evicts their page;
/// an article (its row, or its category, tag, author and quote links) evicts its <see cref="ArticleFootprint"/>
/// before and after the save, taken from the database as the save starts and once it is done.
/// Eviction follows the commit: after the save, or after the explicit transaction it ran in.
/// </summary>
/// <remarks>
/// One instance serves every context of the pool, so what a save changed is kept per context, never in a field.
/// ExecuteUpdate and ExecuteDelete bypass SaveChanges: a service using them on these types must evict itself.
/// </remarks>
public sealed class ReaderCacheEviction(ReaderCacheInvalidation changes, TimeProvider time) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>
    /// Above this many articles in one save (an import, a re-render of the archive, a user's articles handed over),
    /// evicting every reader page is cheaper than two or three footprint queries per article.
    /// </summary>
    public const int MostArticlesTraced = 20;

    private sealed class Pending
    {
        public bool Everything;
        public readonly HashSet<string> People = [];
        /// <summary>Each changed article's footprint before its first save (null: it did not exist yet).</summary>
        public readonly Dictionary<int, ArticleFootprint?> Before = [];
        /// <summary>The same articles after their last save (null: deleted).</summary>
        public readonly Dictionary<int, ArticleFootprint?> After = [];
        /// <summary>Articles being saved: their ids are known only once the save has given the new ones theirs.</summary>
        public readonly List<(Article Article, bool Deleted)> Articles = [];
        /// <summary>Existing articles whose category, tag, author or quote links the save changes.</summary>
        public readonly List<int> Linked = [];
        public bool Any => Everything || People.Count > 0 || Before.Count > 0 || Articles.Count > 0;

        public void Merge(Pending other)
        {
            Everything |= other.Everything;
            People.UnionWith(other.People);
            foreach (var (id, footprint) in other.Before) Before.TryAdd(id, footprint);
            foreach (var (id, footprint) in other.After) After[id] = footprint;
        }
    }

    private sealed class State
    {
        /// <summary>Noted when the save starts, acted on once it succeeded.</summary>
        public Pending? Saving;
        /// <summary>Saved inside an explicit transaction: evicted when it commits, dropped when it rolls back.</summary>
        public Pending? Uncommitted;
    }

    private readonly ConditionalWeakTable<DbContext, State> states = new();

    public async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        await NoteAsync(eventData.Context, ct);
        return result;
    }

    // Synchronous saves are rare here (Data Protection's key ring, which is none of these types, so nothing is
    // queried); the output cache's eviction completes synchronously in memory.
    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        NoteAsync(eventData.Context, default).GetAwaiter().GetResult();
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        if (await SavedAsync(eventData.Context, ct) is { } pending) await EvictAsync(pending, ct);
        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (SavedAsync(eventData.Context, default).GetAwaiter().GetResult() is { } pending) EvictAsync(pending, default).GetAwaiter().GetResult();
        return result;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken ct = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void SaveChangesCanceled(DbContextEventData eventData) => Forget(eventData.Context);

    public Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken ct = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    // A pooled context may come back with a transaction disposed unfinished: a new one starts clean.
    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        if (eventData.Context is { } context) StateOf(context).Uncommitted = null;
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken ct = default) =>
        ValueTask.FromResult(TransactionStarted(connection, eventData, result));

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (Committed(eventData.Context) is { } pending) EvictAsync(pending, default).GetAwaiter().GetResult();
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        if (Committed(eventData.Context) is { } pending) await EvictAsync(pending, ct);
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context) StateOf(context).Uncommitted = null;
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    private State StateOf(DbContext context) => states.GetValue(context, _ => new State());

    private async Task NoteAsync(DbContext? context, CancellationToken ct)
    {
        if (context is null) return;
        // Interceptors run before SaveChanges looks for changes itself; a context that turned that off (bulk
        // loading) has its entries' states set by hand, and detecting here would save more than it asked for.
        if (context.ChangeTracker.AutoDetectChangesEnabled) context.ChangeTracker.DetectChanges();
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        var articleSave = entries.Any(e => e.Entity is Article);
        var pending = new Pending();
        foreach (var entry in entries) Note(entry, articleSave, pending);
        if (context is FandomDbContext db) await NoteArticlesAsync(db, pending, ct);
        StateOf(context).Saving = pending.Any ? pending : null;
    }

    /// <summary>
    /// Takes the footprint, as stored before this save, of each article the save changes. A new article has none, and
    /// one created unpublished is seen by no reader and scheduled for nothing, so it is not traced at all. Inside a
    /// transaction an article's first save keeps the footprint from before the transaction.
    /// </summary>
    private async Task NoteArticlesAsync(FandomDbContext db, Pending pending, CancellationToken ct)
    {
        // A transaction that already evicts every page when it commits (a quote edit re-rendering the articles that
        // embed it) needs no footprint of the articles it saves next.
        var inTransaction = db.Database.CurrentTransaction is not null;
        if (inTransaction && StateOf(db).Uncommitted?.Everything == true) pending.Everything = true;
        if (pending.Everything) return;
        var ids = new HashSet<int>(pending.Linked);
        foreach (var (article, _) in pending.Articles)
            if (db.Entry(article).State != EntityState.Added) ids.Add(article.Id);
        var tracedAfter = pending.Articles.Count(a => db.Entry(a.Article).State == EntityState.Added);
        if (ids.Count + tracedAfter > MostArticlesTraced)
        {
            pending.Everything = true;
            return;
        }
        var earlier = inTransaction ? StateOf(db).Uncommitted?.Before : null;
        var now = time.UtcNow();
        foreach (var id in ids)
            pending.Before[id] = earlier is not null && earlier.TryGetValue(id, out var first) ? first : await ArticleFootprint.OfAsync(db, id, now, ct);
    }

    private static void Note(EntityEntry entry, bool articleSave, Pending pending)
    {
        var added = entry.State == EntityState.Added;
        switch (entry.Entity)
        {
            // The masthead lists the sections on every page; a new one shows at once.
            case Category or CategorySlug or SiteSettings:
                pending.Everything = true;
                break;
            // A new tag, quote or person is on no page until an article carries it, and that article's save evicts
            // the pages it joins. An article save also deletes the inline quotes only it had: its footprint covers
            // the pages that showed them (its own, the speaker's).
            case Tag when !added:
            case Quote when !added && !(articleSave && entry.State == EntityState.Deleted):
                pending.Everything = true;
                break;
            // New media is used nowhere yet, and only unused media can be deleted.
            case MediaItem when entry.State == EntityState.Modified:
                pending.Everything = true;
                break;
            // A person is shown on their own page only: the rest of the site has their name in stored article HTML.
            case Person when !added:
                pending.People.Add((string)entry.OriginalValues[nameof(Person.Slug)]!);
                pending.People.Add(((Person)entry.Entity).Slug);
                break;
            // An article created unpublished is on no reader page and has nothing scheduled.
            case Article article when !(added && article.Status != ArticleStatus.Published):
                pending.Articles.Add((article, entry.State == EntityState.Deleted));
                break;
            // Its lists (categories, tags, authors, quotes) are in its footprint; a new article's links are its own.
            case ArticleListing when !entry.Property(nameof(ArticleListing.ArticleId)).IsTemporary:
                pending.Linked.Add((int)entry.Property(nameof(ArticleListing.ArticleId)).CurrentValue!);
                break;
        }
    }

    /// <summary>What to evict now that a save succeeded; null when nothing, or when it waits for its transaction.</summary>
    private async Task<Pending?> SavedAsync(DbContext? context, CancellationToken ct)
    {
        if (context is null) return null;
        var state = StateOf(context);
        var pending = state.Saving;
        state.Saving = null;
        if (pending is null) return null;
        if (!pending.Everything && context is FandomDbContext db) await TraceAfterAsync(db, pending, ct);
        if (context.Database.CurrentTransaction is null) return pending;
        (state.Uncommitted ??= new Pending()).Merge(pending);
        return null;
    }

    /// <summary>
    /// The saved articles' footprints as now stored, read on the save's own connection so a transaction's uncommitted
    /// rows are seen; a deleted article has none.
    /// </summary>
    private async Task TraceAfterAsync(FandomDbContext db, Pending pending, CancellationToken ct)
    {
        var deleted = pending.Articles.Where(a => a.Deleted).Select(a => a.Article.Id).ToHashSet();
        foreach (var (article, _) in pending.Articles) pending.Before.TryAdd(article.Id, null);
        var now = time.UtcNow();
        foreach (var id in pending.Before.Keys)
            pending.After[id] = deleted.Contains(id) ? null : await ArticleFootprint.OfAsync(db, id, now, ct);
    }

    private Pending? Committed(DbContext? context)
    {
        if (context is null) return null;
        var state = StateOf(context);
        var pending = state.Uncommitted;
        state.Uncommitted = null;
        return pending;
    }

    private void Forget(DbContext? context)
    {
        if (context is not null) StateOf(context).Saving = null;
    }

    private async Task EvictAsync(Pending pending, CancellationToken ct)
    {
        if (pending.Everything)
        {
            await changes.PublishedContentChangedAsync(ct);
            return;
        }
        await changes.PeopleChangedAsync(pending.People, ct);
        foreach (var (id, before) in pending.Before)
            await changes.ArticleChangedAsync(before, pending.After.GetValueOrDefault(id), ct);
    }
}
