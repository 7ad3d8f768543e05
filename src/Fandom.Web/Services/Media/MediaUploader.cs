using System.Security.Cryptography;
using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Content;
using Fandom.Web.Options;

namespace Fandom.Web.Services.Media;

/// <summary>What the uploader types about an image; the credit belongs to the image wherever it is used.</summary>
public sealed record MediaDetails(string AltText, string? Caption, string? Credit, string? CreditUrl = null, string? Licence = null);

/// <summary>An upload's outcome: the new item's id, or why the file was refused.</summary>
public sealed record UploadResult(int? Id, ImageRefusal? Refusal)
{
    public bool Succeeded => Id is not null;
}

/// <summary>
/// Turns an uploaded file into a media item: checks it (<see cref="ImageProcessor"/>), writes the
/// original and every derived size, then the row. A refused file leaves no file and no row behind.
/// </summary>
public sealed class MediaUploader(FandomDbContext db, ImageProcessor processor, IMediaStorage storage, TimeProvider time, ILogger<MediaUploader> logger)
{
    public MediaOptions Limits => processor.Limits;

    /// <param name="length">The declared length, checked before the content is read; the read stops past the limit anyway.</param>
    public async Task<UploadResult> UploadAsync(Stream content, long length, string? fileName, MediaDetails details, Actor actor, CancellationToken ct = default)
    {
        if (processor.CheckLength(length) is { } tooLong) return Refused(tooLong, fileName, actor);
        var bytes = await ReadAtMostAsync(content, length, ct);
        if (bytes is null) return Refused(processor.CheckLength(long.MaxValue)!.Value, fileName, actor);

        var check = await processor.ProcessAsync(bytes, ct);
        if (check.Image is not { } image) return Refused(check.Refusal!.Value, fileName, actor);

        var now = time.UtcNow();
        var key = NewStorageKey(now, image.Extension);
        var written = new List<string>();
        try
        {
            await StoreAsync(storage, key, image.Original, image, written, ct);

            var item = new MediaItem
            {
                StorageKey = key, ContentType = image.ContentType, Length = image.Original.Length,
                OriginalFileName = fileName is null ? null : Path.GetFileName(fileName)[..Math.Min(Path.GetFileName(fileName).Length, 300)],
                Width = image.Width, Height = image.Height,
                AltText = details.AltText.Trim(), Caption = details.Caption.TrimToNull(), Credit = details.Credit.TrimToNull(),
                CreditUrl = details.CreditUrl.TrimToNull(), Licence = details.Licence.TrimToNull(),
                DerivedWidths = string.Join(',', image.DerivedWidths),
                UploadedById = actor.UserId, UploadedAtUtc = now,
            };
            db.MediaItems.Add(item);
            await db.SaveCreatedAsync(() => item.Id, now, actor, "media.upload", nameof(MediaItem), item.OriginalFileName, ct);
            return new UploadResult(item.Id, null);
        }
        catch
        {
            // The row was not saved, so its files must not stay behind as orphans.
            foreach (var stored in written) await storage.DeleteAsync(stored, CancellationToken.None);
            throw;
        }
    }

    /// <summary>
    /// Writes an original under <paramref name="key"/> and every size derived from it beside it, adding each key to
    /// <paramref name="written"/> as it lands, so a caller that fails later can delete exactly those.
    /// </summary>
    public static async Task StoreAsync(IMediaStorage storage, string key, byte[] original, ProcessedImage image, List<string> written, CancellationToken ct)
    {
        await storage.SaveAsync(key, original, ct);
        written.Add(key);
        foreach (var file in image.Derived)
        {
            var derivedKey = MediaUrls.DerivedKey(key, file.Width, file.Extension);
            await storage.SaveAsync(derivedKey, file.Content, ct);
            written.Add(derivedKey);
        }
    }

    /// <summary>A fresh storage key for an original: its month's folder and a random name no one can guess.</summary>
    public static string NewStorageKey(DateTime now, string extension) =>
        $"{now:yyyy}/{now:MM}/{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}.{extension}";

    private UploadResult Refused(ImageRefusal refusal, string? fileName, Actor actor)
    {
        logger.LogWarning("Refused an upload of {FileName} by {User}: {Refusal}",
            fileName is null ? "a file" : Path.GetFileName(fileName), actor.Name, refusal);
        return new UploadResult(null, refusal);
    }

    /// <summary>The whole stream, or null when it is longer than allowed (a declared length can lie).</summary>
    private async Task<byte[]?> ReadAtMostAsync(Stream content, long declared, CancellationToken ct)
    {
        using var buffer = new MemoryStream((int)Math.Min(declared, 64 * 1024 * 1024));
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (processor.CheckLength(buffer.Length) is not null) return null;
        }
        return buffer.ToArray();
    }
}
