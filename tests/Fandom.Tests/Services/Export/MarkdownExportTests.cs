using System.IO.Compression;
using System.Net;
using Fandom.Data.Entities;
using Fandom.Tests.Services.Import;
using Fandom.Tests.Support;
using Fandom.Web.Services;
using Fandom.Web.Services.Export;
using Fandom.Web.Services.Media;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace Fandom.Tests.Services.Export;

/// <summary>Every article leaves as Markdown with YAML front matter, with its media, in one zip.</summary>
public abstract class MarkdownExportTests(FandomApp app)
{
    private async Task<(ArticleRef Published, ArticleRef Draft, MediaItem Image)> SiteAsync()
    {
        var author = await app.CreateStaffAsync(Roles.Author, "Noor Export");
        var upload = await app.WithServiceAsync<MediaUploader, UploadResult>(u => u.UploadAsync(
            new MemoryStream(TestImages.Encode(800, 450, SKEncodedImageFormat.Png)), 1_000_000, "still.png",
            new MediaDetails("A lighthouse at dusk", "The lighthouse", "Netflix"), new Actor(author.Id, author.DisplayName)));
        var image = await app.WithDbAsync(db => db.MediaItems.SingleAsync(m => m.Id == upload.Id));
        var category = await app.CategoryAsync("Exported Section");
        var published = await app.ArticleAsync($"Exported story {Guid.NewGuid():N}", $"## Heading\n\nBody *text*.\n\n{{{{image {image.Id}}}}}\n",
            categories: [category], tags: ["Lighthouses", "Mystery"], author: author, dek: "A dek to keep");
        await app.WithDbAsync(db => db.Articles.Where(a => a.Id == published.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.HeroMediaId, image.Id)));
        var draft = await app.ArticleAsync($"Exported draft {Guid.NewGuid():N}", "Not yet.", author: author, status: ArticleStatus.Draft);
        return (published, draft, image);
    }

    private static string Entry(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)?.Open() ?? throw new Xunit.Sdk.XunitException($"{name} is not in the zip"));
        return reader.ReadToEnd();
    }

    [Fact]
    public async Task The_command_line_exports_every_article_with_front_matter_and_the_media_files()
    {
        var (published, draft, image) = await SiteAsync();
        var file = Path.Combine(Path.GetTempPath(), $"export-{Guid.NewGuid():N}.zip");

        var (exit, output, _) = await ImportFixtures.CommandAsync(app, "export", file);

        Assert.Equal(0, exit);
        Assert.Contains("Exported", output);
        using var zip = ZipFile.OpenRead(file);
        var (front, body) = MarkdownExport.Read(Entry(zip, $"articles/{published.Slug}.md"));
        var stored = await app.WithDbAsync(db => db.Articles.SingleAsync(a => a.Id == published.Id));
        Assert.Equal(published.Title, front.Title);
        Assert.Equal(published.Slug, front.Slug);
        Assert.Equal("A dek to keep", front.Dek);
        Assert.Equal("published", front.Status);
        Assert.Equal(stored.PublishAtUtc, front.PublishAt!.Value.ToUniversalTime());
        Assert.Equal(["Noor Export"], front.Authors);
        Assert.Equal(["Exported Section"], front.Categories);
        Assert.Equal(["Lighthouses", "Mystery"], front.Tags);
        Assert.Equal($"media/{image.StorageKey}", front.HeroImage);
        Assert.Equal(stored.Body.TrimEnd(), body.TrimEnd());

        Assert.Equal("draft", MarkdownExport.Read(Entry(zip, $"articles/{draft.Slug}.md")).Front.Status);

        using var original = new MemoryStream();
        await using (var kept = File.OpenRead(Path.Combine(app.MediaRoot, image.StorageKey))) await kept.CopyToAsync(original);
        using var exported = new MemoryStream();
        await using (var entry = zip.GetEntry($"media/{image.StorageKey}")!.Open()) await entry.CopyToAsync(exported);
        Assert.Equal(original.ToArray(), exported.ToArray());
        var media = MarkdownExport.YamlReader.Deserialize<List<MediaEntry>>(Entry(zip, "media.yaml"));
        var listed = Assert.Single(media, m => m.Id == image.Id);
        Assert.Equal(("A lighthouse at dusk", "The lighthouse", "Netflix"), (listed.AltText, listed.Caption, listed.Credit));
    }

    [Fact]
    public async Task Admins_download_the_same_zip_and_editors_may_not()
    {
        var (published, _, _) = await SiteAsync();
        var admin = await app.SignInAsNewAsync(Roles.Admin);
        var response = await admin.Client.GetAsync("/admin/export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        Assert.Equal(published.Title, MarkdownExport.Read(Entry(zip, $"articles/{published.Slug}.md")).Front.Title);

        var editor = await app.SignInAsNewAsync(Roles.Editor);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Client.GetAsync("/admin/export")).StatusCode);
    }
}

public sealed class MarkdownExportTestsOnSqlite(SqliteApp app) : MarkdownExportTests(app), IClassFixture<SqliteApp>;

public sealed class MarkdownExportTestsOnPostgres(PostgresApp app) : MarkdownExportTests(app), IClassFixture<PostgresApp>;
