namespace Fandom.Web.Content;

/// <summary>
/// Where media files are served: the original at /media/{key}, derived sizes beside it as
/// /media/{key without extension}-{width}w.{extension} (same format) and .webp.
/// </summary>
public static class MediaUrls
{
    public const string Prefix = "/media/";

    public static string Original(string storageKey) => Prefix + storageKey;

    public static string Derived(string storageKey, int width, string extension) =>
        $"{Prefix}{DerivedKey(storageKey, width, extension)}";

    /// <summary>The storage key of a derived size, e.g. "2026/11/ab12.jpg" at 480 as WebP → "2026/11/ab12-480w.webp".</summary>
    public static string DerivedKey(string storageKey, int width, string extension)
    {
        var dot = storageKey.LastIndexOf('.');
        var stem = dot > storageKey.LastIndexOf('/') ? storageKey[..dot] : storageKey;
        return $"{stem}-{width}w.{extension.TrimStart('.')}";
    }
}
