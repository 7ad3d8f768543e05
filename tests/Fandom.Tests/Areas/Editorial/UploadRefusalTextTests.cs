using Fandom.Web.Areas.Editorial.Models;
using Fandom.Web.Options;
using Fandom.Web.Services.Media;

namespace Fandom.Tests.Areas.Editorial;

/// <summary>The words an uploader reads for each refusal, built from the facts the file and the limits give.</summary>
public sealed class UploadRefusalTextTests
{
    private static readonly MediaOptions Limits = new() { MaxBytes = 1024 * 1024, MaxWidth = 500, MaxHeight = 400, MaxPixels = 150_000 };

    public static TheoryData<ImageRefusal, string> Messages => new()
    {
        { ImageError.Empty, "The file is empty. Upload a JPEG, PNG, WebP or GIF image." },
        { new ImageRefusal(ImageError.TooLarge, Bytes: 2 * 1024 * 1024), "The file is 2 MB; the limit is 1 MB." },
        { ImageError.Svg, "SVG images are not accepted: they can carry scripts. Upload a JPEG, PNG, WebP or GIF image." },
        { ImageError.Unreadable, "This file is not an image we can read. Upload a JPEG, PNG, WebP or GIF image." },
        { new ImageRefusal(ImageError.FormatNotAccepted, Format: "Bmp"), "Bmp images are not accepted. Upload a JPEG, PNG, WebP or GIF image." },
        { new ImageRefusal(ImageError.TooManyPixels, Width: 30_000, Height: 600),
            "The image is 30,000 × 600 pixels; the limit is 500 × 400 and 0.2 megapixels in all." },
        { ImageError.Damaged, "The image is damaged or incomplete (it could not be decoded in full). Please upload it again." },
        { ImageError.GifDamaged, "The GIF is damaged or incomplete. Please upload it again." },
        { ImageError.Busy, "The server is busy with other uploads, so this file was not saved. Please upload it again in a moment." },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Each_refusal_reads_as_the_uploader_has_always_seen_it(ImageRefusal refusal, string message) =>
        Assert.Equal(message, UploadRefusals.Message(refusal, Limits));

    [Fact]
    public void Every_refusal_has_its_words() =>
        Assert.All(Enum.GetValues<ImageError>(), error => Assert.NotEmpty(UploadRefusals.Message(new ImageRefusal(error), Limits)));

    [Fact]
    public void Too_many_files_says_how_many_were_chosen_and_how_many_may_be() =>
        Assert.Equal("You chose 25 files; up to 20 can be uploaded at once. Nothing was uploaded: choose fewer and try again.",
            UploadRefusals.TooManyFiles(25, new MediaOptions()));
}
