using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Content;
using Fandom.Web.Content.Markdown;
using Fandom.Web.Services.Editorial;
using Fandom.Web.Services.Site;
using Fandom.Web.Services.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Import;

/// <summary>How to run an import: for real or as a dry run, where the old site's images are, and who runs it (null from the command line).</summary>
public sealed record ImportOptions(bool DryRun, string? UploadsFolder, Actor? Actor);

/// <summary>
/// Brings a WordPress or Ghost site into Fandom. Bylines, categories and tags come first, then the posts in batches of
/// <see cref="BatchSize"/>, each batch in one transaction; every article goes through the editor's own save
/// (<see cref="EditorialService.ImportAsync"/>: rendering, sanitizer, quotes, a revision saying where it came from).
/// A post already imported (its <see cref="Article.ImportKey"/>) is skipped, so a second run creates nothing.
/// </summary>
public sealed class ImportService(FandomDbContext db, EditorialService editorial, ImportMedia media, ImportBylines bylines, ContentRenderer renderer, TimeProvider time)
{
    public const int BatchSize = 20;

    public async Task<ImportReport> RunAsync(ImportedSite site, ImportOptions options, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var report = new ImportReport { Format = site.FormatName, DryRun = options.DryRun };
        var imported = await db.Articles.Where(a => a.ImportKey != null && a.ImportKey.StartsWith(site.SiteKey + "/"))
            .Select(a => new { a.ImportKey, a.Slug }).ToDictionaryAsync(a => a.ImportKey!, a => a.Slug, ct);

        var toCreate = new List<ImportedPost>();
        foreach (var post in site.Posts)
        {
            if (post.SkipReason is { } reason) report.Posts.Add(new(post.SourceId, post.Title, post.SourceStatus, false, reason, null));
            else if (imported.TryGetValue(Key(site, post), out var slug)) report.Posts.Add(new(post.SourceId, post.Title, post.SourceStatus, false, "already imported", slug));
            else toCreate.Add(post);
        }

        var terms = await ImportTermsAsync(site, toCreate, report, ct);
        var authors = await bylines.MatchAsync(site, toCreate, options, report, ct);
        progress?.Report(new ImportProgress(0, toCreate.Count));

        var done = 0;
        foreach (var batch in toCreate.Chunk(BatchSize))
        {
            await using var transaction = options.DryRun ? null : await db.Database.BeginTransactionAsync(ct);
            foreach (var post in batch)
                report.Posts.Add(await ImportPostAsync(site, post, options, authors, terms, report, ct));
            if (transaction is not null) await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            progress?.Report(new ImportProgress(done += batch.Length, toCreate.Count));
        }

        if (!options.DryRun)
        {
            db.Audit(time.UtcNow(), options.Actor, $"import.{site.FormatName.ToLowerInvariant()}", "Import", site.SiteKey, report.Summary);
            await db.SaveChangesAsync(ct);
        }
        return report;
    }

    private static string Key(ImportedSite site, ImportedPost post) => $"{site.SiteKey}/{post.SourceId}";

    private async Task<ImportedPostLine> ImportPostAsync(ImportedSite site, ImportedPost post, ImportOptions options,
        IReadOnlyDictionary<string, StaffUser> authors, ImportedTerms terms, ImportReport report, CancellationToken ct)
    {
        var writers = post.AuthorKeys.Where(authors.ContainsKey).Select(k => authors[k]).DistinctBy(u => u.Id).ToList();
        if (writers.Count == 0) writers.Add(authors[ImportBylines.FallbackKey]);
        var writer = new Actor(writers[0].Id, writers[0].DisplayName);

        // The featured image first: its words are the media library's own (alt text, caption), where a body's are one use.
        var hero = post.FeaturedImage is { } featured
            ? await media.ImportAsync(featured, options.UploadsFolder, site.SiteKey, writer, report, post.Location, ct) : null;
        var images = new Dictionary<string, int>();
        foreach (var image in HtmlToMarkdown.Images(post.Html).Where(i => !images.ContainsKey(i.Source)))
            if (await media.ImportAsync(new ImportedImage(image.Source, image.Alt, image.Caption), options.UploadsFolder, site.SiteKey, writer, report, post.Location, ct) is { } id)
                images[image.Source] = id;

        var body = HtmlToMarkdown.Convert(post.Html, image => images.TryGetValue(image.Source, out var id) && id > 0
            ? Shortcode.Write(Shortcode.Image, id)
            : HtmlToMarkdown.PlainImage(image));
        // The editor refuses a body nested past what Markdown parses; the import skips it the same way, with the reason.
        if (renderer.IsTooDeeplyNested(body)) return new(post.SourceId, post.Title, post.SourceStatus, false, TooDeeplyNestedException.Message, null);
        if (options.DryRun) return new(post.SourceId, post.Title, post.SourceStatus, true, null, Slugs.From(post.Slug));

        var draft = new ArticleDraft(Limit(post.Title, 200)!, Limit(post.Dek, 300), body,
            post.CategorySlugs.Where(terms.Categories.ContainsKey).Select(s => terms.Categories[s]).ToList(),
            post.TagSlugs.Where(terms.Tags.ContainsKey).Select(s => terms.Tags[s]).ToList(),
            null, post.Slug, post.PublishAtUtc, null, null, null, null) { HeroMediaId = hero is > 0 ? hero : null };
        var article = await editorial.ImportAsync(new ImportedArticle(draft, post.Status!.Value, post.CreatedAtUtc,
            writers.Select(w => w.Id).ToList(), Key(site, post), $"Imported from {site.FormatName} ({post.SourceStatus} post {post.SourceId})"), ct);

        foreach (var old in post.OldPaths) await RedirectAsync(old, ReaderUrls.Article(article.Slug), options, report, ct);
        await db.SaveChangesAsync(ct);
        return new(post.SourceId, post.Title, post.SourceStatus, true, null, article.Slug, article.Id);
    }

    /// <summary>Category ids and tag names by the old site's slugs; the ones Fandom lacks are created, each old archive address redirects.</summary>
    private async Task<ImportedTerms> ImportTermsAsync(ImportedSite site, List<ImportedPost> posts, ImportReport report, CancellationToken ct)
    {
        var terms = new ImportedTerms();
        var usedCategories = posts.SelectMany(p => p.CategorySlugs).ToHashSet();
        var usedTags = posts.SelectMany(p => p.TagSlugs).ToHashSet();
        await using var transaction = report.DryRun ? null : await db.Database.BeginTransactionAsync(ct);
        var order = await db.Categories.MaxAsync(c => (int?)c.DisplayOrder, ct) ?? 0;
        foreach (var term in site.Categories.Where(t => usedCategories.Contains(t.Slug)).DistinctBy(t => t.Slug))
        {
            var slug = Slugs.From(Uri.UnescapeDataString(term.Slug));
            var category = await db.Categories.FirstOrDefaultAsync(c => c.Slug == slug, ct);
            if (category is null)
            {
                report.CategoriesCreated++;
                category = new Category { Name = Limit(term.Name, 100)!, Slug = slug, Description = Limit(term.Description, 500), DisplayOrder = ++order };
                if (!report.DryRun)
                {
                    db.Categories.Add(category);
                    await db.SaveChangesAsync(ct);
                }
            }
            terms.Categories[term.Slug] = category.Id;
            if (term.OldPath is { } old) await RedirectAsync(old, ReaderUrls.Category(slug), new ImportOptions(report.DryRun, null, null), report, ct);
        }
        foreach (var term in site.Tags.Where(t => usedTags.Contains(t.Slug)).DistinctBy(t => t.Slug))
        {
            var name = Limit(term.Name, 100)!;
            var slug = Slugs.From(name);
            if (!await db.Tags.AnyAsync(t => t.Slug == slug, ct) && !db.Tags.Local.Any(t => t.Slug == slug))
            {
                report.TagsCreated++;
                if (!report.DryRun) db.Tags.Add(new Tag { Name = name, Slug = slug });
            }
            terms.Tags[term.Slug] = name;
            if (term.OldPath is { } old) await RedirectAsync(old, ReaderUrls.Tag(slug), new ImportOptions(report.DryRun, null, null), report, ct);
        }
        if (!report.DryRun) await db.SaveChangesAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
        return terms;
    }

    /// <summary>
    /// Records that an old address now lives at <paramref name="to"/>. Like every redirect it answers only where the
    /// site would otherwise 404; an address already redirecting, or one of the site's own, is left alone.
    /// </summary>
    private async Task RedirectAsync(string oldPath, string to, ImportOptions options, ImportReport report, CancellationToken ct)
    {
        var from = oldPath.StartsWith("/?") ? oldPath : RedirectService.Normalize(oldPath);
        if (from is null || from == "/" || from == to || RedirectService.IsReserved(from) || options.DryRun) return;
        if (db.Redirects.Local.Any(r => r.FromPath == from) || await db.Redirects.AnyAsync(r => r.FromPath == from, ct)) return;
        db.Redirects.Add(new Redirect { FromPath = from, ToPath = to, CreatedById = options.Actor?.UserId, CreatedAtUtc = time.UtcNow() });
        report.RedirectsCreated++;
    }

    private static string? Limit(string? text, int length) =>
        text is null ? null : text.Length <= length ? text.Trim() : ContentRenderer.Excerpt(text, length);

    private sealed class ImportedTerms
    {
        public Dictionary<string, int> Categories { get; } = [];
        public Dictionary<string, string> Tags { get; } = [];
    }
}
