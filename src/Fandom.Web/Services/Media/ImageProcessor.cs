using Fandom.Web.Options;
using Microsoft.Extensions.Options;
using System.Threading.RateLimiting;
using SkiaSharp;

namespace Fandom.Web.Services.Media;

/// <summary>One file to store: a size of the image in one format.</summary>
/// <param name="Width">Pixel width; the original's width for the original.</param>
public sealed record ImageFile(int Width, int Height, string Extension, byte[] Content);

/// <summary>An accepted upload: the metadata-free original and the derived sizes made from it.</summary>
public sealed record ProcessedImage(string Extension, string ContentType, int Width, int Height, byte[] Original,
    IReadOnlyList<ImageFile> Derived, IReadOnlyList<int> DerivedWidths);

/// <summary>Why an upload was refused: one member per message the uploader may see.</summary>
public enum ImageError
{
    Empty, TooLarge, Svg, Unreadable, FormatNotAccepted, TooManyPixels, Damaged, GifDamaged,
    /// <summary>Other uploads held every turn for longer than an upload may wait (<see cref="MediaOptions.UploadWaitSeconds"/>).</summary>
    Busy,
}

/// <summary>
/// A refused upload: why, and the facts its message needs that only the file tells (the limits are configuration).
/// </summary>
/// <param name="Bytes">The file's length, for <see cref="ImageError.TooLarge"/>.</param>
/// <param name="Format">The decoded format's name, for <see cref="ImageError.FormatNotAccepted"/>.</param>
/// <param name="Width">Pixel width from the header, for <see cref="ImageError.TooManyPixels"/>; likewise <paramref name="Height"/>.</param>
public readonly record struct ImageRefusal(ImageError Error, long Bytes = 0, string? Format = null, int Width = 0, int Height = 0)
{
    public static implicit operator ImageRefusal(ImageError error) => new(error);
}

/// <summary>The outcome of checking an upload: an image, or why it was refused.</summary>
public sealed record ImageCheck(ProcessedImage? Image, ImageRefusal? Refusal);

/// <summary>
/// Checks an upload by decoding it, never by its name or declared type, and turns it into what is served.
/// The order matters: byte size (before the caller reads it all), format and pixel dimensions from the
/// header (before a pixel is decoded, so a decompression bomb costs nothing), then a full decode (a
/// truncated file is refused). What is served is re-encoded from pixels, so EXIF, GPS, XMP and ICC
/// blocks never reach readers; GIFs keep their frames and lose their metadata blocks instead.
/// Decoding takes memory and CPU in proportion to the pixels, so at most <see cref="MediaOptions.MaxConcurrentUploads"/>
/// files are processed at once (<see cref="ProcessAsync"/>); the rest wait, for a bounded time, in a bounded queue.
/// </summary>
public sealed class ImageProcessor(IOptions<MediaOptions> options) : IDisposable
{
    private const int JpegQuality = 85, WebpQuality = 80;

    private readonly ConcurrencyLimiter turns = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.Value.MaxConcurrentUploads,
        QueueLimit = options.Value.UploadQueueLimit,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>What an upload may be; the words for a refusal quote them.</summary>
    public MediaOptions Limits => options.Value;

    /// <summary>
    /// Waits for a turn to process a file: the turn (dispose it to hand it on), or null when the queue is full or no
    /// turn came within <see cref="MediaOptions.UploadWaitSeconds"/>.
    /// </summary>
    public async Task<IDisposable?> WaitForTurnAsync(CancellationToken ct)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(ct);
        patience.CancelAfter(TimeSpan.FromSeconds(Limits.UploadWaitSeconds));
        RateLimitLease lease;
        try
        {
            lease = await turns.AcquireAsync(1, patience.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return null;
        }
        if (lease.IsAcquired) return lease;
        lease.Dispose();
        return null;
    }

    /// <summary><see cref="Process"/> in its turn; a file that gets none is refused as <see cref="ImageError.Busy"/>.</summary>
    public async Task<ImageCheck> ProcessAsync(byte[] content, CancellationToken ct)
    {
        using var turn = await WaitForTurnAsync(ct);
        return turn is null ? Refuse(ImageError.Busy) : Process(content);
    }

    public void Dispose() => turns.Dispose();

    public ImageRefusal? CheckLength(long length) => length switch
    {
        0 => ImageError.Empty,
        _ when length > Limits.MaxBytes => new ImageRefusal(ImageError.TooLarge, Bytes: length),
        _ => null,
    };

    public ImageCheck Process(byte[] content)
    {
        if (CheckLength(content.Length) is { } tooLong) return Refuse(tooLong);
        using var codec = SKCodec.Create(new SKMemoryStream(content), out _);
        if (codec is null)
            return Refuse(LooksLikeSvg(content) ? ImageError.Svg : ImageError.Unreadable);
        var (extension, contentType) = codec.EncodedFormat switch
        {
            SKEncodedImageFormat.Jpeg => ("jpg", "image/jpeg"),
            SKEncodedImageFormat.Png => ("png", "image/png"),
            SKEncodedImageFormat.Webp => ("webp", "image/webp"),
            SKEncodedImageFormat.Gif => ("gif", "image/gif"),
            var other => ("", other.ToString()),
        };
        if (extension == "") return Refuse(new ImageRefusal(ImageError.FormatNotAccepted, Format: contentType));

        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width > Limits.MaxWidth || height > Limits.MaxHeight || (long)width * height > Limits.MaxPixels)
            return Refuse(new ImageRefusal(ImageError.TooManyPixels, Width: width, Height: height));

        using var decoded = Decode(codec);
        if (decoded is null) return Refuse(ImageError.Damaged);

        if (codec.EncodedFormat == SKEncodedImageFormat.Gif)
        {
            var gif = GifSanitizer.Clean(content);
            return gif is null
                ? Refuse(ImageError.GifDamaged)
                : new ImageCheck(new ProcessedImage("gif", contentType, width, height, gif, [], []), null);
        }

        // Only a turned photo needs a second bitmap; the rest are encoded from the decoded pixels themselves.
        using var turned = codec.EncodedOrigin == SKEncodedOrigin.TopLeft ? null : Upright(decoded, codec.EncodedOrigin);
        var upright = turned ?? decoded;
        var format = codec.EncodedFormat;
        var original = Encode(upright, format);
        var files = new List<ImageFile> { new(upright.Width, upright.Height, "webp", Encode(upright, SKEncodedImageFormat.Webp)) };
        var widths = Limits.DerivedWidths.Where(w => w < upright.Width).Distinct().Order().ToList();
        foreach (var w in widths)
        {
            var h = Math.Max(1, (int)Math.Round(upright.Height * (double)w / upright.Width));
            using var resized = upright.Resize(new SKImageInfo(w, h, upright.ColorType, upright.AlphaType, upright.ColorSpace),
                new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
            files.Add(new ImageFile(w, h, "webp", Encode(resized, SKEncodedImageFormat.Webp)));
            if (extension != "webp") files.Add(new ImageFile(w, h, extension, Encode(resized, format)));
        }
        return new ImageCheck(new ProcessedImage(extension, contentType, upright.Width, upright.Height, original, files, widths), null);
    }

    /// <summary>All pixels of the first frame in sRGB, or null when the file ends early or is corrupt.</summary>
    private static SKBitmap? Decode(SKCodec codec)
    {
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888,
            codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        var bitmap = new SKBitmap(info);
        if (codec.GetPixels(info, bitmap.GetPixels()) == SKCodecResult.Success) return bitmap;
        bitmap.Dispose();
        return null;
    }

    /// <summary>Applies the EXIF orientation to the pixels, since the re-encoded file no longer carries the tag.</summary>
    private static SKBitmap Upright(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        var swap = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var (w, h) = swap ? (bitmap.Height, bitmap.Width) : (bitmap.Width, bitmap.Height);
        var result = new SKBitmap(new SKImageInfo(w, h, bitmap.ColorType, bitmap.AlphaType, bitmap.ColorSpace));
        using var canvas = new SKCanvas(result);
        var matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, w, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, w, -1, 0, h, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, h, 0, 0, 1),
            _ => SKMatrix.Identity,
        };
        canvas.SetMatrix(matrix);
        using var image = SKImage.FromBitmap(bitmap);
        canvas.DrawImage(image, 0, 0, SKSamplingOptions.Default);
        return result;
    }

    private static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, format == SKEncodedImageFormat.Webp ? WebpQuality : JpegQuality)
            ?? throw new InvalidOperationException($"Skia could not encode {format}.");
        return data.ToArray();
    }

    /// <summary>SVG is text, so no codec claims it; it gets its own message because people expect it to work.</summary>
    private static bool LooksLikeSvg(byte[] content)
    {
        var head = System.Text.Encoding.UTF8.GetString(content, 0, Math.Min(content.Length, 1024));
        return head.Contains("<svg", StringComparison.OrdinalIgnoreCase);
    }

    private static ImageCheck Refuse(ImageRefusal why) => new(null, why);
}
