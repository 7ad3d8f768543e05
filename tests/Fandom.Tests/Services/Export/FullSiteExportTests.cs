using System.IO.Compression;
using System.Text.Json;
using Fandom.Tests.Services.Import;
using Fandom.Tests.Support;
using Fandom.Web.Services.Export;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fandom.Tests.Services.Export;

/// <summary>The demo newsroom leaves whole in one zip: every record, every media file, and no staff credentials.</summary>
public abstract class FullSiteExportTests(FandomApp app)
{
    private async Task<ZipArchive> ExportAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), $"site-{Guid.NewGuid():N}.zip");
        var (exit, output, errors) = await ImportFixtures.CommandAsync(app, "export", "--full", file);
        Assert.True(exit == 0, errors);
        Assert.Contains("Exported the whole site", output);
        return ZipFile.OpenRead(file);
    }

    private static T Read<T>(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)?.Open() ?? throw new Xunit.Sdk.XunitException($"{name} is not in the zip");
        return JsonSerializer.Deserialize<T>(stream, SiteArchive.Json)!;
    }

    private static string Text(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    [Fact]
    public async Task The_manifest_names_its_format_and_every_file_it_lists_is_in_the_zip()
    {
        using var zip = await ExportAsync();
        var manifest = Read<SiteManifest>(zip, SiteArchive.ManifestFile);

        Assert.Equal(SiteArchive.FormatVersion, manifest.FormatVersion);
        foreach (var file in manifest.Files) Assert.NotNull(zip.GetEntry(file.Path));
        Assert.Equal(
            ["articles", "categories", "media", "people", "quotes", "redirects", "revisions", "settings", "staff", "tags"],
            manifest.Files.Where(f => f.Records is not null).Select(f => f.Kind).Order());
    }

    [Fact]
    public async Task Every_article_leaves_with_all_its_fields_and_links()
    {
        using var zip = await ExportAsync();
        var exported = Read<List<ArticleRecord>>(zip, "articles.json").ToDictionary(a => a.Id);
        var stored = await app.WithDbAsync(db => db.Articles.AsNoTracking()
            .Include(a => a.Authors).Include(a => a.Categories).Include(a => a.Tags).Include(a => a.OldSlugs).AsSplitQuery().ToListAsync());

        Assert.NotEmpty(stored);
        Assert.Equal(stored.Count, exported.Count);
        Assert.Contains(stored, a => a.Status == Fandom.Data.Entities.ArticleStatus.Draft);
        foreach (var article in stored)
        {
            var record = exported[article.Id];
            Assert.Equal((article.Title, article.Slug, article.Dek, article.Body, article.Status),
                (record.Title, record.Slug, record.Dek, record.Body, record.Status));
            Assert.Equal((article.PublishAtUtc, article.UnpublishAtUtc, article.CreatedAtUtc, article.UpdatedAtUtc),
                (record.PublishAtUtc?.ToUniversalTime(), record.UnpublishAtUtc?.ToUniversalTime(), record.CreatedAtUtc.ToUniversalTime(), record.UpdatedAtUtc.ToUniversalTime()));
            Assert.Equal((article.SeoTitle, article.SeoDescription, article.ContentNotes, article.HeroMediaId, article.HeroCaption, article.HeroAltText),
                (record.SeoTitle, record.SeoDescription, record.ContentNotes, record.HeroMediaId, record.HeroCaption, record.HeroAltText));
            Assert.Equal(article.Authors.Select(u => u.Id).Order(), record.AuthorIds.Order());
            Assert.Equal(article.Categories.Select(c => c.Id).Order(), record.CategoryIds.Order());
            Assert.Equal(article.Tags.Select(t => t.Id).Order(), record.TagIds.Order());
            Assert.Equal(article.OldSlugs.Select(s => s.Slug).Order(), record.FormerSlugs.Order());
        }
    }

    [Fact]
    public async Task Media_files_leave_byte_for_byte_with_their_words()
    {
        using var zip = await ExportAsync();
        var exported = Read<List<MediaRecord>>(zip, "media.json");
        var stored = await app.WithDbAsync(db => db.MediaItems.AsNoTracking().ToListAsync());

        Assert.NotEmpty(stored);
        Assert.Equal(stored.Select(m => m.Id).Order(), exported.Select(m => m.Id).Order());
        foreach (var item in stored)
        {
            var record = exported.Single(m => m.Id == item.Id);
            Assert.Equal((item.AltText, item.Caption, item.Credit, item.CreditUrl, item.Licence, item.ContentType, item.Width, item.Height),
                (record.AltText, record.Caption, record.Credit, record.CreditUrl, record.Licence, record.ContentType, record.Width, record.Height));
            using var copy = new MemoryStream();
            await using (var entry = zip.GetEntry(record.File)!.Open()) await entry.CopyToAsync(copy);
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(app.MediaRoot, item.StorageKey)), copy.ToArray());
        }
    }

    [Fact]
    public async Task Taxonomy_people_quotes_redirects_revisions_and_settings_are_all_there()
    {
        using var zip = await ExportAsync();
        var (categories, tags, people, quotes, redirects, revisions, settings) = await app.WithDbAsync(async db => (
            await db.Categories.AsNoTracking().OrderBy(c => c.Id).ToListAsync(), await db.Tags.CountAsync(), await db.People.CountAsync(),
            await db.Quotes.AsNoTracking().OrderBy(q => q.Id).ToListAsync(), await db.Redirects.CountAsync(), await db.ArticleRevisions.CountAsync(),
            await db.SiteSettings.AsNoTracking().SingleOrDefaultAsync()));

        var exportedCategories = Read<List<CategoryRecord>>(zip, "categories.json");
        Assert.Equal(categories.Select(c => (c.Id, c.Name, c.Slug, c.Description, c.DisplayOrder)),
            exportedCategories.Select(c => (c.Id, c.Name, c.Slug, c.Description, c.DisplayOrder)));
        Assert.Equal(tags, Read<List<TagRecord>>(zip, "tags.json").Count);
        Assert.Equal(people, Read<List<PersonRecord>>(zip, "people.json").Count);
        Assert.NotEmpty(quotes);
        Assert.Equal(quotes.Select(q => (q.Id, q.Text, q.SpeakerId, q.SourceName, q.SourceUrl)),
            Read<List<QuoteRecord>>(zip, "quotes.json").Select(q => (q.Id, q.Text, q.SpeakerId, q.SourceName, q.SourceUrl)));
        Assert.Equal(redirects, Read<List<RedirectRecord>>(zip, "redirects.json").Count);
        Assert.NotEqual(0, revisions);
        Assert.Equal(revisions, Read<List<RevisionRecord>>(zip, "revisions.json").Count);
        Assert.Equal(settings?.Name, Read<List<SettingsRecord>>(zip, "settings.json").SingleOrDefault()?.Name);
    }

    [Fact]
    public async Task The_archive_is_one_view_of_the_site_even_when_an_editor_saves_during_the_export()
    {
        // A tag is saved just after the export's first read (the settings): it belongs to a later view of the site.
        var slug = $"saved-mid-export-{Guid.NewGuid():N}";
        var saveMidway = new AfterFirstRead(() => app.WithDbAsync(async db =>
        {
            db.Tags.Add(new Fandom.Data.Entities.Tag { Name = slug, Slug = slug });
            return await db.SaveChangesAsync();
        }));
        using var exporting = app.WithWebHostBuilder(host => host.ConfigureServices(services =>
            services.ConfigureDbContext<Fandom.Data.FandomDbContext>(options => options.AddInterceptors(saveMidway))));
        using var output = new MemoryStream();
        using (var scope = exporting.Services.CreateScope())
        {
            saveMidway.Armed = true;
            await scope.ServiceProvider.GetRequiredService<FullSiteExport>().WriteAsync(output);
        }

        Assert.True(saveMidway.Fired);
        Assert.True(await app.WithDbAsync(db => db.Tags.AnyAsync(t => t.Slug == slug)));
        using var zip = new ZipArchive(new MemoryStream(output.ToArray()));
        Assert.DoesNotContain(Read<List<TagRecord>>(zip, "tags.json"), t => t.Slug == slug);
    }

    /// <summary>Runs a save from another connection once the first query of the intercepted context has read its rows.</summary>
    private sealed class AfterFirstRead(Func<Task<int>> save) : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
    {
        /// <summary>Set once the host has started: the site's settings cache reads the same table as it starts.</summary>
        public bool Armed { get; set; }

        public bool Fired { get; private set; }

        public override async ValueTask<System.Data.Common.DbDataReader> ReaderExecutedAsync(System.Data.Common.DbCommand command,
            Microsoft.EntityFrameworkCore.Diagnostics.CommandExecutedEventData eventData, System.Data.Common.DbDataReader result, CancellationToken ct = default)
        {
            if (Armed && !Fired && command.CommandText.Contains("\"SiteSettings\"", StringComparison.Ordinal))
            {
                Fired = true;
                await save();
            }
            return result;
        }
    }

    [Fact]
    public async Task Staff_leave_as_bylines_with_roles_and_never_with_credentials()
    {
        using var zip = await ExportAsync();
        var users = await app.WithDbAsync(db => db.Users.AsNoTracking().ToListAsync());
        var staff = Read<List<StaffRecord>>(zip, "staff.json");
        var text = Text(zip, "staff.json");

        Assert.Equal(users.Select(u => (u.Id, u.DisplayName, u.Slug, u.Email)).Order(), staff.Select(s => (s.Id, s.DisplayName, s.Slug, s.Email)).Order());
        Assert.Contains(staff, s => s.Roles.Count > 0);
        foreach (var user in users)
        {
            if (user.PasswordHash is { } hash) Assert.DoesNotContain(hash, text);
            if (user.SecurityStamp is { } stamp) Assert.DoesNotContain(stamp, text);
            if (user.ConcurrencyStamp is { } concurrency) Assert.DoesNotContain(concurrency, text);
        }
        Assert.DoesNotContain("password", text, StringComparison.OrdinalIgnoreCase);
    }
}

public sealed class FullSiteExportTestsOnSqlite(DemoSqliteApp app) : FullSiteExportTests(app), IClassFixture<DemoSqliteApp>;

public sealed class FullSiteExportTestsOnPostgres(DemoPostgresApp app) : FullSiteExportTests(app), IClassFixture<DemoPostgresApp>;
