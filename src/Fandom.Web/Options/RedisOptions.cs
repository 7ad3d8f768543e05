using System.ComponentModel.DataAnnotations;

namespace Fandom.Web.Options;

/// <summary>
/// How instances share state through Redis when <c>ConnectionStrings:Redis</c> is set: the reader cache's evictions
/// and memos, and the sign-in rate limits. Without that connection string the app is one instance and needs none.
/// </summary>
public sealed class RedisOptions
{
    public const string Section = "Fandom:Redis";

    /// <summary>The connection string's name under <c>ConnectionStrings</c>.</summary>
    public const string ConnectionStringName = "Redis";

    /// <summary>
    /// Starts every key and channel name this site uses, so several sites (or test runs) can share one Redis server.
    /// Every instance of one site must use the same prefix.
    /// </summary>
    [Required, RegularExpression("^[A-Za-z0-9_.-]{1,64}$")] public string Prefix { get; set; } = "fandom";

    /// <summary>
    /// How long a save waits, at most, for every other instance to confirm it has evicted the pages the save changed.
    /// An instance that has not confirmed by then is logged; it still applies the eviction when the message reaches it.
    /// </summary>
    [Range(1, 60)] public int EvictionConfirmSeconds { get; set; } = 5;
}
