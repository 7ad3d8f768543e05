using System.Data.Common;
using System.Runtime.CompilerServices;
using Fandom.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Fandom.Web.Services.Site;

/// <summary>
/// Evicts cached reader pages when a save changes something readers see, so no service has to remember to: categories
/// (and their old slugs), tags, quotes, media and settings evict every reader page, as they reach many pages (the
/// masthead's sections, hero credits, quotes in stored article HTML); a person's name, bio or link evicts their page.
/// Articles are not handled here: their saves evict their own footprint in the service, which needs the state before
/// the save. Eviction follows the commit: after the save, or after the explicit transaction it ran in.
/// </summary>
/// <remarks>
/// One instance serves every context of the pool, so what a save changed is kept per context, never in a field.
/// ExecuteUpdate and ExecuteDelete bypass SaveChanges: a service using them on these types must evict itself.
/// </remarks>
public sealed class ReaderCacheEviction(ReaderCacheInvalidation changes) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private sealed class Pending
    {
        public bool Everything;
        public readonly HashSet<string> People = [];
        public bool Any => Everything || People.Count > 0;

        public void Merge(Pending other)
        {
            Everything |= other.Everything;
            People.UnionWith(other.People);
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

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        if (Saved(eventData.Context) is { } pending) await EvictAsync(pending, ct);
        return result;
    }

    // Synchronous saves are rare here (Data Protection's key ring, which is none of these types); the output cache's
    // eviction completes synchronously in memory.
    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Saved(eventData.Context) is { } pending) EvictAsync(pending, default).AsTask().GetAwaiter().GetResult();
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
        if (Committed(eventData.Context) is { } pending) EvictAsync(pending, default).AsTask().GetAwaiter().GetResult();
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

    private void Note(DbContext? context)
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
        StateOf(context).Saving = pending.Any ? pending : null;
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
        }
    }

    /// <summary>What to evict now that a save succeeded; null when nothing, or when it waits for its transaction.</summary>
    private Pending? Saved(DbContext? context)
    {
        if (context is null) return null;
        var state = StateOf(context);
        var pending = state.Saving;
        state.Saving = null;
        if (pending is null) return null;
        if (context.Database.CurrentTransaction is null) return pending;
        (state.Uncommitted ??= new Pending()).Merge(pending);
        return null;
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

    private ValueTask EvictAsync(Pending pending, CancellationToken ct) =>
        pending.Everything ? changes.PublishedContentChangedAsync(ct) : changes.PeopleChangedAsync(pending.People, ct);
}
