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

    public ValueTask PublishedContentChangedAsync(CancellationToken ct = default) => cache.EvictByTagAsync(ReaderPagesTag, ct);
}
