using System.IO.Compression;
using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Content;
using Fandom.Web.Content.Markdown;
using Fandom.Web.Services.Articles;
using Fandom.Web.Services.Export;
using Fandom.Web.Services.Media;
using Fandom.Web.Services.Quotes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Import;

/// <summary>The site a full-site archive was to be imported into holds content or staff of its own; nothing was written.</summary>
public sealed class SiteNotEmptyException(string message) : Exception(message);

/// <summary>
/// Brings a full-site archive (read and checked whole by <see cref="SiteArchiveReader"/>) into an empty site, in the
/// order records depend on each other: settings, staff, categories, tags, people, media, quotes, articles, revisions,
/// redirects. Every record gets a new id and the references (and the body's <c>{{image N}}</c> and <c>{{quote N}}</c>)
/// are mapped to it; every article is rendered, its quotes collected and its media use recorded as a save does.
/// Records are written in batches of <see cref="BatchSize"/> inside one transaction around the whole import: on an
/// empty site there is nothing to keep from a half-finished run, so a failure rolls everything back and deletes the
/// media files already stored, leaving the site as it was.
/// </summary>
public sealed class SiteImport(FandomDbContext db, ArticleRenderer renderer, QuoteCollector quotes, IMediaStorage storage, ImageProcessor images, TimeProvider time)
{
    public const int BatchSize = 20;
    public const string Format = "Fandom";

    /// <summary>
    /// Why this site cannot take a full-site archive, or null when it is empty: no articles, revisions, categories, tags,
    /// people, quotes, media or redirects, and no staff account but one Admin (from the admin page, the one running it).
    /// </summary>
    public async Task<string?> NotEmptyAsync(Actor? actor, CancellationToken ct = default)
    {
        var held = new List<string>();
        void Holds(int n, string one, string many)
        {
            if (n > 0) held.Add(ImportReport.Count(n, one, many));
        }
        Holds(await db.Articles.CountAsync(ct), "article", "articles");
        Holds(await db.ArticleRevisions.CountAsync(ct), "revision", "revisions");
        Holds(await db.Categories.CountAsync(ct), "category", "categories");
        Holds(await db.Tags.CountAsync(ct), "tag", "tags");
        Holds(await db.People.CountAsync(ct), "person", "people");
        Holds(await db.Quotes.CountAsync(ct), "quote", "quotes");
        Holds(await db.MediaItems.CountAsync(ct), "media item", "media items");
        Holds(await db.Redirects.CountAsync(ct), "redirect", "redirects");
        var staff = await db.Users.Select(u => u.Id).ToListAsync(ct);
        var admins = await db.UserRoles.Join(db.Roles.Where(r => r.Name == Roles.Admin), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId).ToListAsync(ct);
        var onlyTheAdminRunningIt = staff is [var only] && admins.Contains(only) && (actor is null || actor.UserId == only);
        if (staff.Count > 0 && !onlyTheAdminRunningIt) Holds(staff.Count, "staff account", "staff accounts");
        return held.Count == 0 ? null
            : $"This site is not empty: it holds {string.Join(", ", held)}. A full-site archive is imported only into an empty site " +
              "(no content, and no staff account but the Admin who runs the import). Nothing was imported.";
    }

    public async Task<ImportReport> RunAsync(SiteArchiveContents site, Actor? actor, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        if (await NotEmptyAsync(actor, ct) is { } notEmpty) throw new SiteNotEmptyException(notEmpty);
        var report = new ImportReport { Format = Format, DryRun = false };
        var stored = new List<string>();
        progress?.Report(new ImportProgress(0, site.Articles.Count));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            using var zip = ZipLimits.Open(File.OpenRead(site.ZipPath));
            var now = time.UtcNow();
            await SettingsAsync(site.Settings, ct);
            var staff = await StaffAsync(site.Staff, report, ct);
            var categories = await CategoriesAsync(site.Categories, now, ct);
            var tags = await SaveAllAsync(site.Tags, t => t.Id, t => new Tag { Name = t.Name, Slug = t.Slug }, (t) => t.Id, ct);
            var people = await SaveAllAsync(site.People, p => p.Id, p => new Person { Name = p.Name, Slug = p.Slug, Bio = p.Bio, Url = p.Url }, p => p.Id, ct);
            var media = await MediaAsync(zip, site.Media, staff, stored, ct);
            var speakers = site.People.ToDictionary(p => p.Id, p => p.Name);
            // Quotes before articles, so a body's inline quote finds its library quote by fingerprint instead of
            // being collected a second time; the article a quote came from is set once the articles have ids.
            var quoteIds = await SaveAllAsync(site.Quotes, q => q.Id, q => new Quote
            {
                Text = q.Text, SpeakerId = people[q.SpeakerId], SourceName = q.SourceName, SourceUrl = q.SourceUrl, SaidOn = q.SaidOn,
                Context = q.Context, Fingerprint = QuoteFingerprint.Of(speakers[q.SpeakerId], q.Text), CreatedAtUtc = q.CreatedAtUtc, UpdatedAtUtc = q.UpdatedAtUtc,
            }, q => q.Id, ct);
            var ids = new IdMaps(staff, categories, tags, media, quoteIds);
            var articles = await ArticlesAsync(site.Articles, ids, now, report, progress, ct);
            await RevisionsAsync(site.Revisions, articles, ids, ct);
            foreach (var quote in site.Quotes.Where(q => q.OriginArticleId is not null))
            {
                var id = quoteIds[quote.Id];
                var origin = articles[quote.OriginArticleId!.Value];
                await db.Quotes.Where(q => q.Id == id).ExecuteUpdateAsync(s => s.SetProperty(q => q.OriginArticleId, origin), ct);
            }
            db.Redirects.AddRange(site.Redirects.Select(r => new Redirect { FromPath = r.FromPath, ToPath = r.ToPath, Permanent = r.Permanent, CreatedAtUtc = r.CreatedAtUtc }));
            await db.SaveChangesAsync(ct);

            report.CategoriesCreated = categories.Count;
            report.TagsCreated = tags.Count;
            report.MediaCreated = media.Count;
            report.RedirectsCreated = site.Redirects.Count;
            report.AlsoCreated.AddRange([ImportReport.Count(people.Count, "person", "people"), ImportReport.Count(quoteIds.Count, "quote"),
                ImportReport.Count(site.Revisions.Count, "revision")]);
            db.Audit(time.UtcNow(), actor, "import.fandom", "Import", site.Manifest.ExportedAtUtc.ToString("O"), report.Summary);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return report;
        }
        catch
        {
            // The rows went with the rollback; the files are not in the transaction, so they go by hand.
            db.ChangeTracker.Clear();
            foreach (var key in stored) await storage.DeleteAsync(key, CancellationToken.None);
            throw;
        }
    }

    private sealed record IdMaps(Dictionary<string, string> Staff, Dictionary<int, int> Categories, Dictionary<int, int> Tags,
        Dictionary<int, int> Media, Dictionary<int, int> Quotes);

    /// <summary>The archive's settings replace the empty site's; a setup already done here stays done.</summary>
    private async Task SettingsAsync(SettingsRecord? settings, CancellationToken ct)
    {
        if (settings is null) return;
        var row = await db.SiteSettings.OrderBy(s => s.Id).FirstOrDefaultAsync(ct);
        if (row is null) db.SiteSettings.Add(row = new SiteSettings());
        (row.Name, row.Tagline, row.TimeZone, row.SocialNetwork, row.ArticlesPerPage, row.PublicRegistration, row.FeedFullContent, row.UpdatedAtUtc) =
            (settings.Name, settings.Tagline, settings.TimeZone, settings.SocialNetwork, settings.ArticlesPerPage, settings.PublicRegistration,
                settings.FeedFullContent, settings.UpdatedAtUtc);
        row.SetupCompletedAtUtc ??= settings.SetupCompletedAtUtc;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Staff come as accounts without a password (they sign in after "Forgot your password?" or an admin's invitation);
    /// one whose email is already an account here (the Admin running the import) is that account, with the archive's roles added.
    /// </summary>
    private async Task<Dictionary<string, string>> StaffAsync(List<StaffRecord> records, ImportReport report, CancellationToken ct)
    {
        var roleIds = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        var ids = new Dictionary<string, string>();
        foreach (var record in records)
        {
            var normalized = record.Email?.Trim().ToUpperInvariant();
            var user = normalized is null ? null : await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, ct);
            if (user is null)
            {
                var userName = record.Email?.Trim() ?? $"{record.Slug}@fandom.import.invalid";
                user = new StaffUser
                {
                    Id = await db.Users.AnyAsync(u => u.Id == record.Id, ct) ? Guid.NewGuid().ToString() : record.Id,
                    UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), Email = record.Email?.Trim(), NormalizedEmail = normalized,
                    EmailConfirmed = record.Email is not null, DisplayName = record.DisplayName, Bio = record.Bio, TimeZoneId = record.TimeZoneId,
                    Slug = await Slugs.FirstFreeAsync(record.Slug, slug => db.Users.AnyAsync(u => u.Slug == slug, ct)),
                    SecurityStamp = Guid.NewGuid().ToString("N"), CreatedAtUtc = record.CreatedAtUtc,
                };
                db.Users.Add(user);
                report.AuthorsCreated++;
            }
            var has = await db.UserRoles.Where(r => r.UserId == user.Id).Select(r => r.RoleId).ToListAsync(ct);
            db.UserRoles.AddRange(record.Roles.Select(r => roleIds[r]).Except(has).Select(roleId => new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId }));
            await db.SaveChangesAsync(ct);
            ids[record.Id] = user.Id;
        }
        return ids;
    }

    private async Task<Dictionary<int, int>> CategoriesAsync(List<CategoryRecord> records, DateTime now, CancellationToken ct) =>
        await SaveAllAsync(records, c => c.Id, c => new Category
        {
            Name = c.Name, Slug = c.Slug, Description = c.Description, DisplayOrder = c.DisplayOrder,
            OldSlugs = FormerSlugs(c.FormerSlugs, now, (slug, at) => new CategorySlug { Slug = slug, RetiredAtUtc = at }),
        }, c => c.Id, ct);

    /// <summary>The archive lists former slugs oldest first and keeps no dates; distinct retirement times keep that order.</summary>
    private static List<T> FormerSlugs<T>(List<string> slugs, DateTime now, Func<string, DateTime, T> make) =>
        slugs.Select((slug, i) => make(slug, now.AddTicks((i - slugs.Count) * TimeSpan.TicksPerMillisecond))).ToList();

    /// <summary>Adds one entity per record, saving in batches; answers the new id of each record's old one.</summary>
    private async Task<Dictionary<int, int>> SaveAllAsync<TRecord, TEntity>(List<TRecord> records, Func<TRecord, int> oldId,
        Func<TRecord, TEntity> make, Func<TEntity, int> newId, CancellationToken ct) where TEntity : class
    {
        var ids = new Dictionary<int, int>();
        foreach (var batch in records.Chunk(BatchSize))
        {
            var made = batch.Select(r => (Old: oldId(r), Entity: make(r))).ToList();
            db.AddRange(made.Select(m => m.Entity));
            await db.SaveChangesAsync(ct);
            foreach (var (old, entity) in made) ids[old] = newId(entity);
            db.ChangeTracker.Clear();
        }
        return ids;
    }

    /// <summary>
    /// Each file goes back into storage byte for byte, under its old key when that is free; the sizes readers get are
    /// made again by the media library's own processing, which also checked the file when the archive was read.
    /// </summary>
    private async Task<Dictionary<int, int>> MediaAsync(ZipArchive zip, List<MediaRecord> records, Dictionary<string, string> staff,
        List<string> stored, CancellationToken ct)
    {
        var ids = new Dictionary<int, int>();
        foreach (var record in records)
        {
            var bytes = ZipLimits.ReadAll(zip.GetEntry(record.File)!);
            var image = (await images.ProcessAsync(bytes, ct)).Image
                ?? throw new InvalidOperationException($"{record.File} (media item {record.Id}) was accepted when the archive was read and refused now.");
            var key = storage.Exists(record.StorageKey) ? MediaUploader.NewStorageKey(record.UploadedAtUtc, image.Extension) : record.StorageKey;
            // The archive's bytes are the original as it was served there; only the derived sizes are made again.
            await MediaUploader.StoreAsync(storage, key, bytes, image, stored, ct);
            var item = new MediaItem
            {
                StorageKey = key, ContentType = record.ContentType, OriginalFileName = record.OriginalFileName, Length = record.Length,
                Width = record.Width, Height = record.Height, AltText = record.AltText, Caption = record.Caption, Credit = record.Credit,
                CreditUrl = record.CreditUrl, Licence = record.Licence, DerivedWidths = string.Join(',', image.DerivedWidths),
                UploadedById = record.UploadedById is { } uploader ? staff[uploader] : null, UploadedAtUtc = record.UploadedAtUtc,
            };
            db.MediaItems.Add(item);
            await db.SaveChangesAsync(ct);
            ids[record.Id] = item.Id;
        }
        db.ChangeTracker.Clear();
        return ids;
    }

    private async Task<Dictionary<int, int>> ArticlesAsync(List<ArticleRecord> records, IdMaps ids, DateTime now, ImportReport report,
        IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var articleIds = new Dictionary<int, int>();
        foreach (var batch in records.Chunk(BatchSize))
        {
            var made = new List<(ArticleRecord Record, Article Article)>();
            foreach (var record in batch)
            {
                var authorIds = record.AuthorIds.Select(a => ids.Staff[a]).Distinct().ToList();
                var categoryIds = record.CategoryIds.Select(c => ids.Categories[c]).ToList();
                var tagIds = record.TagIds.Select(t => ids.Tags[t]).ToList();
                var authors = await db.Users.Where(u => authorIds.Contains(u.Id)).ToListAsync(ct);
                var categories = await db.Categories.Where(c => categoryIds.Contains(c.Id)).ToListAsync(ct);
                var article = new Article
                {
                    Title = record.Title, Slug = record.Slug, Dek = record.Dek, Body = MapShortcodes(record.Body, ids), Status = record.Status,
                    PublishAtUtc = record.PublishAtUtc, UnpublishAtUtc = record.UnpublishAtUtc, CreatedAtUtc = record.CreatedAtUtc,
                    UpdatedAtUtc = record.UpdatedAtUtc, SeoTitle = record.SeoTitle, SeoDescription = record.SeoDescription,
                    ContentNotes = record.ContentNotes, ReviewNote = record.ReviewNote,
                    HeroMediaId = record.HeroMediaId is { } hero ? ids.Media[hero] : null, HeroCaption = record.HeroCaption, HeroAltText = record.HeroAltText,
                    Authors = authorIds.Select(id => authors.Single(u => u.Id == id)).ToList(),
                    Categories = categoryIds.Select(id => categories.Single(c => c.Id == id)).ToList(),
                    Tags = await db.Tags.Where(t => tagIds.Contains(t.Id)).ToListAsync(ct),
                    OldSlugs = FormerSlugs(record.FormerSlugs, now, (slug, at) => new ArticleSlug { Slug = slug, RetiredAtUtc = at }),
                };
                db.Articles.Add(article);
                // What a save derives, derived here the same way: rendered HTML, excerpt, search text, quotes, media use.
                await renderer.RenderAsync(article, ct);
                await quotes.CollectAsync(article, ct);
                await MediaUsage.RecordEmbedsAsync(db, article, ct);
                made.Add((record, article));
            }
            await db.SaveChangesAsync(ct);
            foreach (var (record, article) in made)
            {
                articleIds[record.Id] = article.Id;
                report.Posts.Add(new ImportedPostLine(record.Id.ToString(), record.Title, MarkdownExport.StatusName(record.Status), true, null, article.Slug, article.Id));
            }
            db.ChangeTracker.Clear();
            progress?.Report(new ImportProgress(articleIds.Count, records.Count));
        }
        return articleIds;
    }

    private async Task RevisionsAsync(List<RevisionRecord> records, Dictionary<int, int> articles, IdMaps ids, CancellationToken ct)
    {
        foreach (var batch in records.Chunk(BatchSize))
        {
            db.ArticleRevisions.AddRange(batch.Select(r => new ArticleRevision
            {
                ArticleId = articles[r.ArticleId], Title = r.Title, Dek = r.Dek, Body = MapShortcodes(r.Body, ids), ContentNotes = r.ContentNotes,
                SeoTitle = r.SeoTitle, SeoDescription = r.SeoDescription, Slug = r.Slug, Status = r.Status,
                AuthorId = r.AuthorId is { } author ? ids.Staff[author] : null, CreatedAtUtc = r.CreatedAtUtc, Note = r.Note, Pinned = r.Pinned,
            }));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// A body names media and quotes by id; they have new ids here. An id the archive does not hold (an old revision
    /// may name an item deleted since) stays as written and renders as it did there: not at all.
    /// </summary>
    private static string MapShortcodes(string body, IdMaps ids) =>
        Shortcode.ReplaceIds(Shortcode.ReplaceIds(body, Shortcode.Image, ids.Media), Shortcode.Quote, ids.Quotes);
}
