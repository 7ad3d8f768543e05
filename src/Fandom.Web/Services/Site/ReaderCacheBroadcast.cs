namespace Fandom.Web.Services.Site;

/// <summary>
/// Carries reader cache changes to the other instances of the site. One instance alone has nobody to tell
/// (<see cref="SingleInstance"/>); several share Redis (<c>Infrastructure/Redis/RedisReaderCacheBroadcast</c>).
/// </summary>
public interface IReaderCacheBroadcast
{
    /// <summary>
    /// Whether this instance hears every change the others make, so its cached pages and memos can be trusted. While
    /// it is false, pages are rendered and not cached, and memos are read afresh.
    /// </summary>
    bool InStep { get; }

    /// <summary>Tells every other instance about a change this one applied, and returns once they have applied it too.</summary>
    ValueTask SendAsync(ReaderCacheChange change, CancellationToken ct = default);
}

/// <summary>The site runs as one instance: its own cache is the only one, always in step.</summary>
public sealed class SingleInstance : IReaderCacheBroadcast
{
    public bool InStep => true;

    public ValueTask SendAsync(ReaderCacheChange change, CancellationToken ct = default) => ValueTask.CompletedTask;
}
