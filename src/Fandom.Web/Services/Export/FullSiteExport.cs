using System.Data;
using System.IO.Compression;
using System.Text.Json;
using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Services.Media;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Export;

/// <summary>What a full-site export wrote, counted per kind of record.</summary>
public sealed record FullSiteExportSummary(IReadOnlyDictionary<string, int> Records)
{
    public override string ToString() => string.Join(", ", Records.Select(r => $"{r.Value} {r.Key}"));
}

/// <summary>
/// Everything a site holds, in one zip laid out as <see cref="SiteArchive"/> describes, so the site can be moved to
/// another Fandom. Derived data (rendered HTML, search text, listings, autosaves, audit trail, 404 log) is left out:
/// the receiving site rebuilds it through its own rendering pipeline.
/// </summary>
public sealed class FullSiteExport(FandomDbContext db, IMediaStorage storage, TimeProvider time)
{
    /// <param name="actor">Who downloads it from the admin page, for the audit log; null from the command line.</param>
    public async Task<FullSiteExportSummary> WriteAsync(Stream output, Actor? actor = null, CancellationToken ct = default)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        SiteManifest manifest;
        var counts = new Dictionary<string, int>();
        await using (await SnapshotAsync(ct)) manifest = await WriteArchiveAsync(zip, counts, ct);
        var summary = new FullSiteExportSummary(counts);
        if (actor is not null)
        {
            // The archive holds every account's email and every draft: who took one away is worth keeping.
            db.Audit(manifest.ExportedAtUtc, actor, "export.full", "Site", null, summary.ToString());
            await db.SaveChangesAsync(ct);
        }
        return summary;
    }

    /// <summary>
    /// One view of the site for the whole export, so a record never names one that was added or deleted between two
    /// reads, taken without holding up saves: PostgreSQL's repeatable read, and on SQLite a deferred transaction, whose
    /// first read fixes the snapshot in the write-ahead log (SQLite's default, immediate, would take the write lock).
    /// </summary>
    private async Task<IAsyncDisposable> SnapshotAsync(CancellationToken ct)
    {
        if (!db.Database.IsSqlite()) return await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        await db.Database.OpenConnectionAsync(ct);
        var transaction = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
        await db.Database.UseTransactionAsync(transaction, ct);
        return new SqliteSnapshot(db, transaction);
    }

    /// <summary>A transaction the context was handed rather than began: it is ended, and the connection closed, here.</summary>
    private sealed class SqliteSnapshot(FandomDbContext db, SqliteTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Database.UseTransactionAsync(null);
            await transaction.DisposeAsync();
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<SiteManifest> WriteArchiveAsync(ZipArchive zip, Dictionary<string, int> counts, CancellationToken ct)
    {
        var files = new List<ManifestFile>();

        async Task WriteJsonAsync<T>(string kind, IReadOnlyCollection<T> records)
        {
            var path = kind + ".json";
            await using (var entry = zip.CreateEntry(path, CompressionLevel.Optimal).Open())
                await JsonSerializer.SerializeAsync(entry, records, SiteArchive.Json, ct);
            files.Add(new ManifestFile(path, kind, records.Count));
            counts[kind] = records.Count;
        }

        await WriteJsonAsync("settings", await db.SiteSettings.AsNoTracking().OrderBy(s => s.Id)
            .Select(s => new SettingsRecord(s.Name, s.Tagline, s.TimeZone, s.SocialNetwork, s.ArticlesPerPage, s.PublicRegistration,
                s.FeedFullContent, s.UpdatedAtUtc, s.SetupCompletedAtUtc)).ToListAsync(ct));
        await WriteJsonAsync("staff", await StaffAsync(ct));
        await WriteJsonAsync("categories", (await db.Categories.AsNoTracking().Include(c => c.OldSlugs).OrderBy(c => c.Id).ToListAsync(ct))
            .Select(c => new CategoryRecord(c.Id, c.Name, c.Slug, c.Description, c.DisplayOrder,
                c.OldSlugs.OrderBy(s => s.RetiredAtUtc).Select(s => s.Slug).ToList())).ToList());
        await WriteJsonAsync("tags", await db.Tags.AsNoTracking().OrderBy(t => t.Id).Select(t => new TagRecord(t.Id, t.Name, t.Slug)).ToListAsync(ct));
        await WriteJsonAsync("people", await db.People.AsNoTracking().OrderBy(p => p.Id)
            .Select(p => new PersonRecord(p.Id, p.Name, p.Slug, p.Bio, p.Url)).ToListAsync(ct));

        var media = await db.MediaItems.AsNoTracking().OrderBy(m => m.Id).ToListAsync(ct);
        foreach (var item in media)
        {
            await using var file = storage.OpenRead(item.StorageKey)
                ?? throw new InvalidOperationException($"Media item {item.Id}: its file {item.StorageKey} is missing from storage.");
            var path = MarkdownExport.MediaPath(item.StorageKey);
            await using (var entry = zip.CreateEntry(path, CompressionLevel.NoCompression).Open()) await file.CopyToAsync(entry, ct);
            files.Add(new ManifestFile(path, "media-file", Bytes: item.Length));
        }
        await WriteJsonAsync("media", media.Select(m => new MediaRecord(m.Id, MarkdownExport.MediaPath(m.StorageKey), m.StorageKey, m.ContentType,
            m.OriginalFileName, m.Length, m.Width, m.Height, m.AltText, m.Caption, m.Credit, m.CreditUrl, m.Licence, m.UploadedById,
            m.UploadedAtUtc)).ToList());

        // Articles before quotes: a quote may name the article it was first said in.
        await WriteJsonAsync("articles", await ArticlesAsync(ct));
        await WriteJsonAsync("revisions", await db.ArticleRevisions.AsNoTracking().OrderBy(r => r.Id)
            .Select(r => new RevisionRecord(r.Id, r.ArticleId, r.Title, r.Dek, r.Body, r.ContentNotes, r.SeoTitle, r.SeoDescription, r.Slug,
                r.Status, r.AuthorId, r.CreatedAtUtc, r.Note, r.Pinned)).ToListAsync(ct));
        await WriteJsonAsync("quotes", await db.Quotes.AsNoTracking().OrderBy(q => q.Id)
            .Select(q => new QuoteRecord(q.Id, q.Text, q.SpeakerId, q.SourceName, q.SourceUrl, q.SaidOn, q.Context, q.OriginArticleId,
                q.CreatedAtUtc, q.UpdatedAtUtc)).ToListAsync(ct));
        await WriteJsonAsync("redirects", await db.Redirects.AsNoTracking().OrderBy(r => r.Id)
            .Select(r => new RedirectRecord(r.FromPath, r.ToPath, r.Permanent, r.CreatedAtUtc)).ToListAsync(ct));

        // The manifest comes last so it can list every file; readers find it by name, not by position.
        var manifest = new SiteManifest(SiteArchive.FormatVersion, "Fandom", time.GetUtcNow().UtcDateTime, files);
        await using (var entry = zip.CreateEntry(SiteArchive.ManifestFile, CompressionLevel.Optimal).Open())
            await JsonSerializer.SerializeAsync(entry, manifest, SiteArchive.Json, ct);
        return manifest;
    }

    /// <summary>Staff as bylines with their roles: the credentials (hash, stamps, tokens, lockout) stay behind.</summary>
    private async Task<List<StaffRecord>> StaffAsync(CancellationToken ct)
    {
        var roles = await db.UserRoles.AsNoTracking()
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(ct);
        var byUser = roles.GroupBy(r => r.UserId).ToDictionary(g => g.Key, g => g.Select(r => r.Name!).Order().ToList());
        var users = await db.Users.AsNoTracking().OrderBy(u => u.CreatedAtUtc).ThenBy(u => u.Id)
            .Select(u => new { u.Id, u.DisplayName, u.Slug, u.Bio, u.Email, u.TimeZoneId, u.CreatedAtUtc }).ToListAsync(ct);
        return users.Select(u => new StaffRecord(u.Id, u.DisplayName, u.Slug, u.Bio, u.Email, u.TimeZoneId,
            byUser.GetValueOrDefault(u.Id) ?? [], u.CreatedAtUtc)).ToList();
    }

    private async Task<List<ArticleRecord>> ArticlesAsync(CancellationToken ct)
    {
        var records = new List<ArticleRecord>();
        // In pages, so the tracked graph of a large site never sits in memory whole.
        for (var lastId = 0; ;)
        {
            var page = await db.Articles.AsNoTracking().Where(a => a.Id > lastId).OrderBy(a => a.Id).Take(200)
                .Include(a => a.Authors).Include(a => a.Categories).Include(a => a.Tags).Include(a => a.OldSlugs)
                .AsSplitQuery().ToListAsync(ct);
            if (page.Count == 0) break;
            records.AddRange(page.Select(a => new ArticleRecord(a.Id, a.Title, a.Slug, a.Dek, a.Body, a.Status, a.PublishAtUtc, a.UnpublishAtUtc,
                a.CreatedAtUtc, a.UpdatedAtUtc, a.SeoTitle, a.SeoDescription, a.ContentNotes, a.ReviewNote, a.HeroMediaId, a.HeroCaption,
                a.HeroAltText, a.Authors.Select(u => u.Id).ToList(), a.Categories.OrderBy(c => c.DisplayOrder).ThenBy(c => c.Id).Select(c => c.Id).ToList(),
                a.Tags.OrderBy(t => t.Id).Select(t => t.Id).ToList(), a.OldSlugs.OrderBy(s => s.RetiredAtUtc).Select(s => s.Slug).ToList())));
            lastId = page[^1].Id;
        }
        return records;
    }
}
