namespace Fandom.Data.Entities;

public class MediaItem
{
    public int Id { get; set; }

    /// <summary>Storage key of the original (metadata-stripped) file, e.g. "2026/11/abc123.jpg".</summary>
    public required string StorageKey { get; set; }
    public required string ContentType { get; set; }
    public string? OriginalFileName { get; set; }
    public long Length { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }

    public required string AltText { get; set; }
    public string? Caption { get; set; }

    /// <summary>Who the image belongs to, shown as "cr. {Credit}".</summary>
    public string? Credit { get; set; }
    public string? CreditUrl { get; set; }
    public string? Licence { get; set; }

    /// <summary>Widths of the derived sizes that were generated at upload, e.g. "480,960,1600".</summary>
    public string DerivedWidths { get; set; } = "";

    public string? UploadedById { get; set; }
    public DateTime UploadedAtUtc { get; set; }

    /// <summary>The file an import took this item from (e.g. "wordpress:2026/05/poster.jpg"), so a second import reuses it.</summary>
    public string? ImportKey { get; set; }
}
