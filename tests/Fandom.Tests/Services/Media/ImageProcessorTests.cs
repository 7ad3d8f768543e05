using Fandom.Tests.Support;
using Fandom.Web.Options;
using Fandom.Web.Services.Media;
using SkiaSharp;

namespace Fandom.Tests.Services.Media;

/// <summary>The checks and conversions behind every upload, on their own.</summary>
public sealed class ImageProcessorTests
{
    private static ImageProcessor Processor(MediaOptions? options = null) =>
        new(Microsoft.Extensions.Options.Options.Create(options ?? new MediaOptions()));

    [Fact]
    public void A_photo_turned_by_its_exif_orientation_is_stored_upright_since_the_tag_is_stripped()
    {
        var check = Processor().Process(TestImages.JpegRotatedByExif(storedWidth: 600, storedHeight: 400));

        Assert.Equal((400, 600), (check.Image!.Width, check.Image.Height));
        using var codec = SKCodec.Create(new SKMemoryStream(check.Image.Original));
        Assert.Equal((400, 600), (codec.Info.Width, codec.Info.Height));
        Assert.Equal(SKEncodedOrigin.TopLeft, codec.EncodedOrigin);
    }

    [Fact]
    public void Pixel_limits_come_from_configuration_and_are_checked_from_the_header()
    {
        var processor = Processor(new MediaOptions { MaxWidth = 500, MaxHeight = 500, MaxPixels = 100_000 });

        Assert.Equal(new ImageRefusal(ImageError.TooManyPixels, Width: 600, Height: 300),
            processor.Process(TestImages.Encode(600, 300, SKEncodedImageFormat.Png)).Refusal);
        Assert.Equal(new ImageRefusal(ImageError.TooManyPixels, Width: 400, Height: 400),
            processor.Process(TestImages.Encode(400, 400, SKEncodedImageFormat.Png)).Refusal);
        Assert.Null(processor.Process(TestImages.Encode(300, 300, SKEncodedImageFormat.Png)).Refusal);
    }

    [Fact]
    public void A_small_png_declaring_7000_by_7000_pixels_is_refused_by_default_from_its_header()
    {
        var png = TestImages.PngOfNothing(7000, 7000);
        Assert.InRange(png.Length, 1, 100 * 1024);

        Assert.Equal(new ImageRefusal(ImageError.TooManyPixels, Width: 7000, Height: 7000), Processor().Process(png).Refusal);
    }

    [Fact]
    public async Task Only_the_configured_number_of_files_is_processed_at_once_and_a_file_finding_no_turn_is_refused_as_busy()
    {
        using var processor = Processor(new MediaOptions { MaxConcurrentUploads = 1, UploadQueueLimit = 1, UploadWaitSeconds = 1 });
        var png = TestImages.Encode(40, 30, SKEncodedImageFormat.Png);

        using (var held = await processor.WaitForTurnAsync(CancellationToken.None))
        {
            Assert.NotNull(held);
            // One waits in the queue for its second, then gives up; meanwhile the queue is full, so another is refused at once.
            var waiting = processor.ProcessAsync(png, CancellationToken.None);
            Assert.Equal(new ImageRefusal(ImageError.Busy), (await processor.ProcessAsync(png, CancellationToken.None)).Refusal);
            Assert.False(waiting.IsCompleted);
            Assert.Equal(new ImageRefusal(ImageError.Busy), (await waiting).Refusal);
        }
        Assert.Null((await processor.ProcessAsync(png, CancellationToken.None)).Refusal);
    }

    [Fact]
    public void A_file_over_the_byte_limit_is_refused_before_it_is_read()
    {
        var processor = Processor(new MediaOptions { MaxBytes = 1024 * 1024 });

        Assert.Equal(new ImageRefusal(ImageError.TooLarge, Bytes: 2 * 1024 * 1024), processor.CheckLength(2 * 1024 * 1024));
        Assert.Null(processor.CheckLength(1024 * 1024));
        Assert.Equal(ImageError.Empty, processor.CheckLength(0)?.Error);
    }

    [Fact]
    public void Derived_widths_follow_configuration_and_never_upscale()
    {
        var image = Processor(new MediaOptions { DerivedWidths = [200, 800, 300] })
            .Process(TestImages.Encode(500, 250, SKEncodedImageFormat.Jpeg)).Image!;

        Assert.Equal([200, 300], image.DerivedWidths);
        Assert.Equal(["500 webp", "200 webp", "200 jpg", "300 webp", "300 jpg"], image.Derived.Select(f => $"{f.Width} {f.Extension}"));
        Assert.All(image.Derived, f => Assert.Equal(f.Width / 2, f.Height));
    }

    [Fact]
    public void A_gif_keeps_its_frames_and_loop_but_loses_its_comment()
    {
        var gif = TestImages.GifWithComment(16, 16);

        var cleaned = GifSanitizer.Clean(gif)!;

        Assert.False(TestImages.Contains(cleaned, TestImages.TextMarker));
        Assert.Equal(gif.Length - (3 + TestImages.TextMarker.Length + 1), cleaned.Length);
        using var codec = SKCodec.Create(new SKMemoryStream(cleaned));
        Assert.Equal((16, 16), (codec.Info.Width, codec.Info.Height));
        Assert.Null(GifSanitizer.Clean(gif[..^10]));
    }
}
