using System.Text;
using System.Text.Json.Nodes;
using Fandom.Tests.Support;
using Fandom.Web.Services.Export;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Tests.Services.Import;

/// <summary>
/// A bad archive, or a site that is not empty, is refused by <c>import fandom</c> with a message that says what is
/// wrong and where, and the site it was to go into is exactly as it was: no row, no media file.
/// </summary>
public abstract class SiteImportRefusalTests(FandomApp demo, FandomApp empty)
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<FandomApp, Task<string>> Archives = new();

    private Task<string> ArchiveAsync() => Archives.GetOrAdd(demo, SiteArchives.ExportAsync);

    /// <summary>Everything an import could write to, counted, and the media folder's files.</summary>
    private static Task<string> SnapshotAsync(FandomApp app) => app.WithDbAsync(async db =>
    {
        var counts = new[]
        {
            await db.Articles.CountAsync(), await db.ArticleRevisions.CountAsync(), await db.ArticleSlugs.CountAsync(), await db.Categories.CountAsync(),
            await db.Tags.CountAsync(), await db.People.CountAsync(), await db.Quotes.CountAsync(), await db.MediaItems.CountAsync(),
            await db.Redirects.CountAsync(), await db.Users.CountAsync(), await db.UserRoles.CountAsync(), await db.SiteSettings.CountAsync(),
            await db.AuditEvents.CountAsync(),
        };
        var files = Directory.Exists(app.MediaRoot) ? Directory.GetFiles(app.MediaRoot, "*", SearchOption.AllDirectories).Length : 0;
        return $"{string.Join(",", counts)}; {files} files";
    });

    private async Task<string> RefusedAsync(FandomApp target, string archive)
    {
        var before = await SnapshotAsync(target);
        var (exit, output, errors) = await ImportFixtures.CommandAsync(target, "import", "fandom", archive);
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Equal(before, await SnapshotAsync(target));
        // The last line: a run that got as far as writing drew its progress bar above the message.
        return errors.TrimEnd().Split('\n')[^1];
    }

    private static byte[] Edited(string archive, string entry, Action<JsonNode> edit)
    {
        var json = JsonNode.Parse(SiteArchives.Text(archive, entry))!;
        edit(json);
        return Encoding.UTF8.GetBytes(json.ToJsonString());
    }

    [Fact]
    public async Task A_file_that_is_not_a_zip_is_refused()
    {
        var file = Path.Combine(Path.GetTempPath(), $"notes-{Guid.NewGuid():N}.zip");
        await File.WriteAllTextAsync(file, "these are my notes, not an archive");
        Assert.Equal($"{file}: This is not a zip archive we can open. Nothing was imported.", await RefusedAsync(empty, file));
    }

    [Fact]
    public async Task An_archive_without_its_manifest_is_refused()
    {
        var archive = SiteArchives.Changed(await ArchiveAsync(), new() { [SiteArchive.ManifestFile] = null });
        Assert.Equal($"{archive}: manifest.json is missing: this is not a Fandom full-site archive. Nothing was imported.", await RefusedAsync(empty, archive));
    }

    [Fact]
    public async Task An_archive_of_a_newer_format_is_refused_naming_both_versions()
    {
        var original = await ArchiveAsync();
        var archive = SiteArchives.Changed(original, new()
        {
            [SiteArchive.ManifestFile] = Edited(original, SiteArchive.ManifestFile, m => m["formatVersion"] = SiteArchive.FormatVersion + 1),
        });
        Assert.Equal($"{archive}: The archive is format version 2, and this Fandom reads format version 1 at most. Import it with a newer Fandom. Nothing was imported.",
            await RefusedAsync(empty, archive));
    }

    [Fact]
    public async Task An_archive_missing_a_file_its_manifest_names_is_refused()
    {
        var archive = SiteArchives.Changed(await ArchiveAsync(), new() { ["tags.json"] = null });
        Assert.Equal($"{archive}: tags.json is listed in manifest.json but is not in the archive. Nothing was imported.", await RefusedAsync(empty, archive));
    }

    [Fact]
    public async Task A_file_holding_fewer_records_than_the_manifest_says_is_refused()
    {
        var original = await ArchiveAsync();
        var tags = SiteArchives.Read<List<TagRecord>>(original, "tags.json").Count;
        var archive = SiteArchives.Changed(original, new() { ["tags.json"] = "[]"u8.ToArray() });
        Assert.Equal($"{archive}: tags.json holds 0 records; manifest.json says {tags} records. Nothing was imported.", await RefusedAsync(empty, archive));
    }

    [Fact]
    public async Task A_JSON_error_names_the_file_the_line_and_the_path()
    {
        var archive = SiteArchives.Changed(await ArchiveAsync(), new() { ["articles.json"] = "[\n  {\n    \"id\": 1,\n    \"title\": ,\n  }\n]"u8.ToArray() });
        Assert.StartsWith($"{archive}: articles.json, line 4 ($[0].title): ", await RefusedAsync(empty, archive));
    }

    [Fact]
    public async Task A_record_missing_a_required_field_is_named_by_its_place()
    {
        var original = await ArchiveAsync();
        var archive = SiteArchives.Changed(original, new() { ["people.json"] = Edited(original, "people.json", p => p[1]!.AsObject().Remove("name")) });
        Assert.Equal($"{archive}: people.json ($[1]): the record has no name. Nothing was imported.", await RefusedAsync(empty, archive));
    }

    [Fact]
    public async Task A_dangling_reference_is_named_by_file_and_id()
    {
        var original = await ArchiveAsync();
        var quote = SiteArchives.Read<List<QuoteRecord>>(original, "quotes.json")[0];
        var archive = SiteArchives.Changed(original, new() { ["quotes.json"] = Edited(original, "quotes.json", q => q[0]!["speakerId"] = 999999) });
        Assert.Equal($"{archive}: quotes.json: quote {quote.Id} names speaker 999999, which is not in people.json. Nothing was imported.", await RefusedAsync(empty, archive));
    }

    [Fact]
    public async Task A_media_file_that_is_not_an_image_is_refused_by_the_upload_checks()
    {
        var original = await ArchiveAsync();
        var item = SiteArchives.Read<List<MediaRecord>>(original, "media.json")[0];
        // The same length, so only the content gives it away.
        var archive = SiteArchives.Changed(original, new() { [item.File] = Enumerable.Repeat((byte)'x', (int)item.Length).ToArray() });
        Assert.Equal($"{archive}: {item.File} (media item {item.Id}) is refused by the media library: This file is not an image we can read. " +
            "Upload a JPEG, PNG, WebP or GIF image. Nothing was imported.", await RefusedAsync(empty, archive));
    }

    [Fact]
    public async Task A_media_file_of_another_size_than_the_manifest_says_is_refused()
    {
        var original = await ArchiveAsync();
        var item = SiteArchives.Read<List<MediaRecord>>(original, "media.json")[0];
        var archive = SiteArchives.Changed(original, new() { [item.File] = new byte[10] });
        Assert.Equal($"{archive}: {item.File} (media item {item.Id}) is 10 bytes; manifest.json says {item.Length:N0} and media.json says {item.Length:N0}. Nothing was imported.",
            await RefusedAsync(empty, archive));
    }

    [Fact]
    public async Task A_site_that_is_not_empty_is_refused_before_the_archive_is_read()
    {
        var message = await RefusedAsync(demo, await ArchiveAsync());
        var articles = await demo.WithDbAsync(db => db.Articles.CountAsync());
        Assert.StartsWith($"This site is not empty: it holds {articles} articles, ", message);
        Assert.EndsWith("A full-site archive is imported only into an empty site (no content, and no staff account but the Admin who runs the import). Nothing was imported.", message);
    }

    [Fact]
    public async Task A_failure_while_writing_rolls_everything_back_and_deletes_the_stored_media_files()
    {
        // Two articles claiming one former slug pass the archive's checks and break the database's unique index,
        // after settings, staff, taxonomy, people, media and quotes are written.
        var original = await ArchiveAsync();
        var archive = SiteArchives.Changed(original, new()
        {
            ["articles.json"] = Edited(original, "articles.json", a =>
            {
                a[0]!["formerSlugs"] = new JsonArray("claimed-twice");
                a[1]!["formerSlugs"] = new JsonArray("claimed-twice");
            }),
        });
        var message = await RefusedAsync(empty, archive);
        Assert.StartsWith($"{archive}: the import stopped: ", message);
        Assert.EndsWith("Nothing was imported: the site is as it was.", message);
    }
}

public sealed class SiteImportRefusalTestsOnSqlite(DemoSqliteApp demo, SqliteApp empty)
    : SiteImportRefusalTests(demo, empty), IClassFixture<DemoSqliteApp>, IClassFixture<SqliteApp>;

public sealed class SiteImportRefusalTestsOnPostgres(DemoPostgresApp demo, PostgresApp empty)
    : SiteImportRefusalTests(demo, empty), IClassFixture<DemoPostgresApp>, IClassFixture<PostgresApp>;
