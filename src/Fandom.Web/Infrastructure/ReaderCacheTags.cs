using Fandom.Web.Services.Site;
using Microsoft.AspNetCore.OutputCaching;

namespace Fandom.Web.Infrastructure;

/// <summary>
/// Tags a reader page's output-cache entry with what it shows (see <see cref="ReaderCacheInvalidation"/>), so a change
/// evicts just the pages it touches. Called by the reader controllers once they know what they render; a
/// response that is not cached ignores it.
/// </summary>
public static class ReaderCacheTags
{
    public static void Add(HttpContext http, string tag)
    {
        if (http.Features.Get<IOutputCacheFeature>()?.Context is { } cache) cache.Tags.Add(tag);
    }

    /// <summary>The page shows these articles (cards, related stories, previous/next links).</summary>
    public static void Shows(HttpContext http, IEnumerable<int> articleIds)
    {
        if (http.Features.Get<IOutputCacheFeature>()?.Context is not { } cache) return;
        foreach (var id in articleIds) cache.Tags.Add(ReaderCacheInvalidation.ArticleTag(id));
    }
}
