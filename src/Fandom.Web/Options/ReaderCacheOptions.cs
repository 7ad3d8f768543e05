using System.ComponentModel.DataAnnotations;

namespace Fandom.Web.Options;

public sealed class ReaderCacheOptions
{
    public const string Section = "Fandom:ReaderCache";

    /// <summary>
    /// Memory the output cache of reader pages may hold, in MiB. Entries are stored compressed as sent (about 10 KB
    /// for an article page in Brotli); the least recently used go first when it is full.
    /// </summary>
    [Range(1, 4096)] public int SizeLimitMegabytes { get; set; } = 64;
}
