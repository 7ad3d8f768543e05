using System.Net;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Fandom.Web.Content;
using Fandom.Web.Services.Media;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace Fandom.Tests.Services.Media;

/// <summary>Uploads are judged by decoding: real images are stored clean and in every size, anything else leaves nothing behind.</summary>
public abstract class MediaUploadTests(FandomApp app)
{
    public static TheoryData<string, string, int, int, int[]> Formats => new()
    {
        // file name, served format, width, height, derived widths expected
        { "camera.jpg", "Jpeg", 2000, 1000, [480, 960, 1600] },
        { "poster.png", "Png", 1000, 500, [480, 960] },
        { "still.webp", "Webp", 1200, 600, [480, 960] },
        { "loop.gif", "Gif", 64, 48, [] },
    };

    private static byte[] Sample(string name, int width, int height) => Path.GetExtension(name) switch
    {
        ".jpg" => TestImages.JpegWithGps(width, height),
        ".png" => TestImages.PngWithText(width, height),
        ".webp" => TestImages.Encode(width, height, SKEncodedImageFormat.Webp),
        _ => TestImages.GifWithComment(width, height),
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Each_format_is_stored_without_metadata_in_derived_sizes_of_its_own_format_and_webp(
        string name, string format, int width, int height, int[] widths)
    {
        var upload = Sample(name, width, height);
        if (name.EndsWith(".jpg")) Assert.True(TestImages.Contains(upload, TestImages.GpsMarker), "the sample carries GPS metadata");
        if (name.EndsWith(".png") || name.EndsWith(".gif")) Assert.True(TestImages.Contains(upload, TestImages.TextMarker));
        using var author = await app.SignInAsNewAsync(Roles.Author);

        // The declared type lies on purpose: only the content counts.
        var item = await app.UploadOneAsync(author, new UploadFile(name, upload, "application/octet-stream"), "Alt", "Caption", "Netflix");

        Assert.Equal((width, height), (item.Width, item.Height));
        Assert.Equal(string.Join(',', widths), item.DerivedWidths);
        var extension = Path.GetExtension(item.StorageKey).TrimStart('.');
        var expected = new List<(string Url, int Width, string Format)> { (MediaUrls.Original(item.StorageKey), width, format) };
        if (format != "Gif")
        {
            expected.Add((MediaUrls.Derived(item.StorageKey, width, "webp"), width, "Webp"));
            foreach (var w in widths)
            {
                expected.Add((MediaUrls.Derived(item.StorageKey, w, extension), w, format));
                expected.Add((MediaUrls.Derived(item.StorageKey, w, "webp"), w, "Webp"));
            }
        }

        var reader = app.Reader();
        foreach (var (url, expectedWidth, expectedFormat) in expected)
        {
            var response = await reader.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
            var bytes = await response.Content.ReadAsByteArrayAsync();
            using var codec = SKCodec.Create(new SKMemoryStream(bytes));
            Assert.NotNull(codec);
            Assert.Equal(expectedFormat, codec.EncodedFormat.ToString());
            Assert.Equal(expectedWidth, codec.Info.Width);
            Assert.Equal((int)Math.Round(height * (double)expectedWidth / width), codec.Info.Height);
            Assert.False(TestImages.Contains(bytes, TestImages.GpsMarker), $"{url} still carries GPS data");
            Assert.False(TestImages.Contains(bytes, TestImages.TextMarker), $"{url} still carries text metadata");
            Assert.False(TestImages.Contains(bytes, "Exif"), $"{url} still carries an EXIF block");
            Assert.Equal("image/" + expectedFormat.ToLowerInvariant(), response.Content.Headers.ContentType!.MediaType);
        }
        Assert.Equal(expected.Select(e => e.Url).Distinct().Count(), app.StoredKeys().Count(k => k.StartsWith(Path.ChangeExtension(item.StorageKey, null))));
    }

    public static TheoryData<string, string, string> Refused => new()
    {
        { "renamed-notes.jpg", "text", "This file is not an image we can read. Upload a JPEG, PNG, WebP or GIF image." },
        { "logo.svg", "svg", "SVG images are not accepted: they can carry scripts. Upload a JPEG, PNG, WebP or GIF image." },
        { "cut-off.jpg", "truncated", "The image is damaged or incomplete (it could not be decoded in full). Please upload it again." },
        { "bomb.png", "bomb", "The image is 30,000 × 30,000 pixels; the limit is 12,000 × 12,000 and 25 megapixels in all." },
        { "nothing-much.png", "7000 × 7000", "The image is 7,000 × 7,000 pixels; the limit is 12,000 × 12,000 and 25 megapixels in all." },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_file_that_is_not_a_whole_acceptable_image_is_refused_with_a_clear_message_and_leaves_nothing_behind(
        string name, string kind, string message)
    {
        var content = kind switch
        {
            "text" => "Meeting notes: bring the blue gloves."u8.ToArray(),
            "svg" => TestImages.SvgWithScript(),
            "truncated" => TestImages.Encode(800, 600, SKEncodedImageFormat.Jpeg) is var jpeg ? jpeg[..(jpeg.Length / 2)] : [],
            "7000 × 7000" => TestImages.PngOfNothing(7000, 7000),
            _ => TestImages.PngBomb(),
        };
        using var author = await app.SignInAsNewAsync(Roles.Author);
        var rowsBefore = await app.WithDbAsync(db => db.MediaItems.CountAsync());
        var filesBefore = app.StoredKeys();

        var response = await author.UploadAsync([new UploadFile(name, content)], altText: "My careful alt text");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowserSession.ParseAsync(response);
        var error = page.QuerySelector(".dropzone .field-error")!.TextContent;
        Assert.Equal($"{name}: {message}", error.Trim());
        Assert.Equal("My careful alt text", page.QuerySelector("input#AltText")!.GetAttribute("value"));
        Assert.Equal(rowsBefore, await app.WithDbAsync(db => db.MediaItems.CountAsync()));
        Assert.Equal(filesBefore, app.StoredKeys());
        Assert.Contains(app.Logs.Refusals($"Refused an upload of {name}"), line => line.Contains("Error = "));
    }

    [Fact]
    public async Task Alt_text_is_required_and_the_form_keeps_what_was_typed()
    {
        using var author = await app.SignInAsNewAsync(Roles.Author);
        var rowsBefore = await app.WithDbAsync(db => db.MediaItems.CountAsync());

        var response = await author.UploadAsync([new UploadFile("a.png", TestImages.Encode(300, 200, SKEncodedImageFormat.Png))],
            altText: "", caption: "Opening night", credit: "Netflix");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowserSession.ParseAsync(response);
        Assert.Contains("Describe the image", page.QuerySelector("#AltText ~ .field-error")!.TextContent);
        Assert.Equal("Opening night", page.QuerySelector("input#Caption")!.GetAttribute("value"));
        Assert.Equal("Netflix", page.QuerySelector("input#Credit")!.GetAttribute("value"));
        Assert.Equal(rowsBefore, await app.WithDbAsync(db => db.MediaItems.CountAsync()));
    }

    [Fact]
    public async Task Several_files_upload_at_once_and_a_refused_one_does_not_stop_the_others()
    {
        using var author = await app.SignInAsNewAsync(Roles.Author);
        var rowsBefore = await app.WithDbAsync(db => db.MediaItems.CountAsync());

        var response = await author.UploadAsync(
        [
            new UploadFile("one.png", TestImages.Encode(500, 300, SKEncodedImageFormat.Png)),
            new UploadFile("two.jpg", TestImages.Encode(600, 400, SKEncodedImageFormat.Jpeg)),
            new UploadFile("three.svg", TestImages.SvgWithScript()),
        ], altText: "Convention floor");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var library = await author.GetAsync(response.Headers.Location!.OriginalString);
        var status = library.QuerySelector("[role=status]")!.TextContent;
        Assert.Contains("Uploaded 2 images.", status);
        Assert.Contains("three.svg: SVG images are not accepted", status);
        Assert.Equal(rowsBefore + 2, await app.WithDbAsync(db => db.MediaItems.CountAsync()));
    }

    [Fact]
    public async Task A_request_with_more_files_than_allowed_is_refused_whole_with_a_message_and_keeps_what_was_typed()
    {
        using var author = await app.SignInAsNewAsync(Roles.Author);
        var rowsBefore = await app.WithDbAsync(db => db.MediaItems.CountAsync());
        var png = TestImages.Encode(20, 10, SKEncodedImageFormat.Png);

        var response = await author.UploadAsync([.. Enumerable.Range(1, 21).Select(n => new UploadFile($"still-{n}.png", png))], altText: "Set photo");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowserSession.ParseAsync(response);
        Assert.Equal("You chose 21 files; up to 20 can be uploaded at once. Nothing was uploaded: choose fewer and try again.",
            page.QuerySelector(".dropzone .field-error")!.TextContent.Trim());
        Assert.Equal("Set photo", page.QuerySelector("input#AltText")!.GetAttribute("value"));
        Assert.Equal(rowsBefore, await app.WithDbAsync(db => db.MediaItems.CountAsync()));
    }

    [Fact]
    public async Task An_upload_that_finds_every_turn_taken_is_refused_as_busy_and_the_next_one_is_accepted()
    {
        using var site = app.WithWebHostBuilder(b => b
            .UseSetting("Fandom:Media:MaxConcurrentUploads", "1")
            .UseSetting("Fandom:Media:UploadQueueLimit", "0"));
        using var author = await app.SignInAsync(await app.CreateStaffAsync(Roles.Author), site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        var rowsBefore = await app.WithDbAsync(db => db.MediaItems.CountAsync());
        var png = new UploadFile("crowd.png", TestImages.Encode(60, 40, SKEncodedImageFormat.Png));

        using (await site.Services.GetRequiredService<ImageProcessor>().WaitForTurnAsync(CancellationToken.None))
        {
            var busy = await author.UploadAsync([png], asScript: true);
            Assert.Equal(HttpStatusCode.BadRequest, busy.StatusCode);
            Assert.Contains("crowd.png: The server is busy with other uploads, so this file was not saved.", await busy.Content.ReadAsStringAsync());
            Assert.Equal(rowsBefore, await app.WithDbAsync(db => db.MediaItems.CountAsync()));
        }
        Assert.Equal(HttpStatusCode.OK, (await author.UploadAsync([png], asScript: true)).StatusCode);
    }

    [Fact]
    public async Task The_upload_script_gets_json_with_the_new_item_or_the_refusal()
    {
        using var author = await app.SignInAsNewAsync(Roles.Author);

        var accepted = await author.UploadAsync([new UploadFile("ok.png", TestImages.Encode(200, 100, SKEncodedImageFormat.Png))], asScript: true);
        var refused = await author.UploadAsync([new UploadFile("no.gif", "GIF89a but not really"u8.ToArray())], asScript: true);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Matches("\"redirect\":\"/editorial/media/\\d+\"", await accepted.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("no.gif: ", await refused.Content.ReadAsStringAsync());
    }
}

public sealed class MediaUploadTestsOnSqlite(SqliteApp app) : MediaUploadTests(app), IClassFixture<SqliteApp>;

public sealed class MediaUploadTestsOnPostgres(PostgresApp app) : MediaUploadTests(app), IClassFixture<PostgresApp>;
