using System.ComponentModel.DataAnnotations;

namespace Fandom.Web.Options;

/// <summary>Where uploaded images are kept and what an upload may be.</summary>
public sealed class MediaOptions
{
    public const string Section = "Fandom:Media";

    /// <summary>Folder holding media files; relative paths resolve against the content root. Point several instances at one shared volume.</summary>
    [Required] public string StoragePath { get; set; } = "App_Data/media";

    /// <summary>Largest upload accepted, in bytes (checked before the file is read in full).</summary>
    [Range(1, 1_000_000_000)] public long MaxBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Widest image accepted, in pixels, read from the file header before any pixel is decoded.</summary>
    [Range(1, 100_000)] public int MaxWidth { get; set; } = 12_000;

    /// <summary>Tallest image accepted, in pixels.</summary>
    [Range(1, 100_000)] public int MaxHeight { get; set; } = 12_000;

    /// <summary>
    /// Most pixels accepted (width × height), read from the header, so a decompression bomb is refused before it is
    /// decoded. Decoding costs about 4 bytes a pixel, twice over while derived sizes are made: 25 MP (a 6000 × 4000
    /// camera photo) is about 200 MB at the peak.
    /// </summary>
    [Range(1, 1_000_000_000)] public long MaxPixels { get; set; } = 25_000_000;

    /// <summary>Most files one upload request may carry; a request with more is refused whole, before any is decoded.</summary>
    [Range(1, 1000)] public int MaxFilesPerRequest { get; set; } = 20;

    /// <summary>Most uploads decoded at once on this instance; the others wait their turn.</summary>
    [Range(1, 64)] public int MaxConcurrentUploads { get; set; } = 2;

    /// <summary>Most uploads waiting for a turn; one more is refused at once as busy.</summary>
    [Range(0, 10_000)] public int UploadQueueLimit { get; set; } = 20;

    /// <summary>How long, in seconds, an upload waits for its turn before it is refused as busy.</summary>
    [Range(1, 600)] public int UploadWaitSeconds { get; set; } = 30;

    /// <summary>Widths of the responsive sizes generated at upload; only those narrower than the original are made.</summary>
    [MinLength(1)] public int[] DerivedWidths { get; set; } = [480, 960, 1600];
}
