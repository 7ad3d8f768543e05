using Microsoft.AspNetCore.OutputCaching;

namespace Fandom.Web.Services;

/// <summary>
/// Announces that published content changed, so cached reader pages are evicted. Every service that
/// changes what readers could see (articles, quotes, people, media, categories, tags, settings) calls it
/// after saving.
/// </summary>
public sealed class ContentChanges(IOutputCacheStore cache)
{
    /// <summary>The output-cache tag every reader page carries.</summary>
    public const string ReaderPagesTag = "reader-pages";

    private long generation;

    /// <summary>Moves on at every change: in-memory memos of published content (e.g. the publishing schedule) are valid for one generation.</summary>
    public long Generation => Interlocked.Read(ref generation);

    public ValueTask PublishedContentChangedAsync(CancellationToken ct = default)
    {
        Interlocked.Increment(ref generation);
        return cache.EvictByTagAsync(ReaderPagesTag, ct);
    }
}
