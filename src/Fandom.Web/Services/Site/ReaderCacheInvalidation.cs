using Microsoft.AspNetCore.OutputCaching;

namespace Fandom.Web.Services.Site;

/// <summary>
/// Announces that published content changed, so cached reader pages are evicted; <see cref="ReaderCacheEviction"/>
/// calls it as changes are saved. An article save or transition evicts only the pages that show that article
/// (<see cref="ArticleChangedAsync"/>); changes that reach every page (categories in the masthead, tags, settings,
/// media, quotes) evict them all (<see cref="PublishedContentChangedAsync"/>), a person their own page
/// (<see cref="PeopleChangedAsync"/>). Each change is applied here and then sent to the other instances of the site
/// (<see cref="IReaderCacheBroadcast"/>), which apply it to their own cache and memos the same way, with their own
/// knowledge of the schedule, before the save that made it returns.
/// </summary>
public sealed class ReaderCacheInvalidation(IOutputCacheStore cache, IReaderCacheBroadcast broadcast)
{
    /// <summary>The output-cache tag every reader page carries.</summary>
    public const string ReaderPagesTag = "reader-pages";

    /// <summary>The front page (every page of it) and the site-wide feeds.</summary>
    public const string HomeTag = "home";

    /// <summary>The sitemap, or the sitemap index and its files.</summary>
    public const string SitemapTag = "sitemap";

    /// <summary>Any page that shows the article: its own page, lists with its card, related boxes and previous/next links.</summary>
    public static string ArticleTag(int id) => $"article:{id}";

    /// <summary>The article's own page, whatever it shows.</summary>
    public static string ArticlePageTag(int id) => $"article-page:{id}";

    /// <summary>A category's pages and feeds.</summary>
    public static string CategoryTag(string slug) => $"category:{slug}";

    public static string TagTag(string slug) => $"tag:{slug}";

    public static string AuthorTag(string slug) => $"author:{slug}";

    /// <summary>A quoted person's page.</summary>
    public static string PersonTag(string slug) => $"person:{slug}";

    private long generation;

    // The next scheduled instant as last looked up (the "schedule" part of cached pages' keys); unknown at first.
    private long knownNextTicks = Unknown;
    private const long Unknown = long.MinValue, NothingScheduled = long.MaxValue;

    /// <summary>
    /// Moves on at every broad change and whenever a scheduled publish or unpublish time is added, moved or
    /// removed: in-memory memos of published content (e.g. the publishing schedule) are valid for one generation.
    /// A draft save, an edit or a publish for now leaves it alone. While this instance cannot hear the others' changes
    /// (<see cref="IReaderCacheBroadcast.InStep"/> false: Redis is down) it moves at every read, so no memo is trusted.
    /// </summary>
    public long Generation => broadcast.InStep ? Interlocked.Read(ref generation) : Interlocked.Increment(ref generation);

    /// <summary>Whether reader pages may be served from and stored in this instance's cache now.</summary>
    public bool CachingAllowed => broadcast.InStep;

    /// <summary>Told by <see cref="PublishingSchedule"/> after each lookup: cached pages are keyed by this instant.</summary>
    public void ScheduleLookedUp(DateTime? nextChangeUtc) =>
        Interlocked.Exchange(ref knownNextTicks, nextChangeUtc?.Ticks ?? NothingScheduled);

    /// <summary>Something every reader page may show changed: evicts them all.</summary>
    public ValueTask PublishedContentChangedAsync(CancellationToken ct = default) =>
        ApplyAndSendAsync(ReaderCacheChange.Everything(), ct);

    /// <summary>A quoted person's name, bio or link changed: evicts their page (under its old and new slug).</summary>
    public ValueTask PeopleChangedAsync(IEnumerable<string> slugs, CancellationToken ct = default)
    {
        var list = slugs.ToList();
        return list.Count == 0 ? ValueTask.CompletedTask : ApplyAndSendAsync(ReaderCacheChange.OfPeople(list), ct);
    }

    /// <summary>
    /// One article was saved, moved through the workflow or deleted (<paramref name="after"/> null). Evicts the
    /// pages that showed it or will show it: its own page and every page with its card or link, the lists it
    /// leaves or joins (home, categories, tags, authors, quoted people, with their feeds), the sitemap, and the
    /// pages of its previous/next neighbours before and after (their links change). Nothing at all when readers
    /// could see it neither before nor after and its scheduled times did not move.
    /// </summary>
    public ValueTask ArticleChangedAsync(ArticleFootprint? before, ArticleFootprint? after, CancellationToken ct = default) =>
        ApplyAndSendAsync(ReaderCacheChange.OfArticle(before, after), ct);

    /// <summary>
    /// Applies a change to this instance's cache and memos: one saved here, or one another instance sent. Each instance
    /// decides from its own schedule lookup which pages the change reaches.
    /// </summary>
    public async ValueTask ApplyAsync(ReaderCacheChange change, CancellationToken ct = default)
    {
        switch (change.Kind)
        {
            case ReaderCacheChangeKind.Everything:
                Interlocked.Increment(ref generation);
                await cache.EvictByTagAsync(ReaderPagesTag, ct);
                break;
            case ReaderCacheChangeKind.People:
                foreach (var slug in change.People ?? []) await cache.EvictByTagAsync(PersonTag(slug), ct);
                break;
            case ReaderCacheChangeKind.Article:
                await ApplyArticleAsync(change, ct);
                break;
        }
    }

    private async ValueTask ApplyAndSendAsync(ReaderCacheChange change, CancellationToken ct)
    {
        // A draft save or an autosave costs the other instances nothing, not even a message.
        if (change.ReachesNoReader) return;
        await ApplyAsync(change, ct);
        await broadcast.SendAsync(change, ct);
    }

    private async ValueTask ApplyArticleAsync(ReaderCacheChange change, CancellationToken ct)
    {
        if (change.ReachesNoReader) return;
        var (before, after) = (change.Before, change.After);
        var seen = before?.Visible == true || after?.Visible == true;
        IReadOnlyList<DateTime> was = before?.Upcoming ?? [], will = after?.Upcoming ?? [];
        var added = will.Except(was).ToList();
        var removed = was.Except(will).ToList();
        // Only a moved instant can change the next one: then the schedule memo looks again. An edit or a publish
        // for now leaves it, so pages this change does not evict still cost nothing on their next hit.
        if (added.Count > 0 || removed.Count > 0) Interlocked.Increment(ref generation);

        // Pages are keyed by the next scheduled instant and live at most until it. A new instant before it (or the
        // removal of that very instant) changes the key now and brings the old one back later, when pages cached
        // under it would be stale: those pages go, all of them, as before any targeted eviction existed. An instant
        // after it changes nothing cached.
        var known = Interlocked.Read(ref knownNextTicks);
        if (added.Any(t => known == Unknown || t.Ticks < known) || removed.Any(t => t.Ticks == known))
        {
            await cache.EvictByTagAsync(ReaderPagesTag, ct);
            return;
        }
        if (!seen) return;

        var tags = new HashSet<string> { HomeTag, SitemapTag };
        foreach (var footprint in new[] { before, after })
        {
            if (footprint is null) continue;
            tags.Add(ArticleTag(footprint.Id));
            tags.UnionWith(footprint.Lists);
            tags.UnionWith(footprint.Neighbours.Select(ArticlePageTag));
        }
        foreach (var tag in tags) await cache.EvictByTagAsync(tag, ct);
    }
}

public enum ReaderCacheChangeKind { Everything, People, Article }

/// <summary>One change to what readers see, as <see cref="ReaderCacheInvalidation"/> applies it and sends it to the other instances.</summary>
public sealed record ReaderCacheChange(
    ReaderCacheChangeKind Kind, IReadOnlyList<string>? People = null, ArticleFootprint? Before = null, ArticleFootprint? After = null)
{
    public static ReaderCacheChange Everything() => new(ReaderCacheChangeKind.Everything);

    public static ReaderCacheChange OfPeople(IReadOnlyList<string> slugs) => new(ReaderCacheChangeKind.People, People: slugs);

    /// <summary>An article readers could see neither before nor after, whose scheduled times did not move, is on no page.</summary>
    public bool ReachesNoReader => Kind == ReaderCacheChangeKind.Article
        && Before?.Visible != true && After?.Visible != true
        && new HashSet<DateTime>(Before?.Upcoming ?? []).SetEquals(After?.Upcoming ?? []);

    public static ReaderCacheChange OfArticle(ArticleFootprint? before, ArticleFootprint? after) =>
        new(ReaderCacheChangeKind.Article, Before: before, After: after);
}
