using Fandom.Data;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services;

/// <summary>One URL of the sitemap: a site path and when its content last changed (null when unknown).</summary>
public sealed record SitemapEntry(string Path, DateTime? LastModifiedUtc);

/// <summary>Every reader page search engines should know: visible articles, categories, tags and authors.</summary>
public sealed class SitemapService(FandomDbContext db, TimeProvider time)
{
    /// <summary>Four queries whatever the size of the site; a listing's lastmod is its newest visible article's.</summary>
    public async Task<IReadOnlyList<SitemapEntry>> EntriesAsync(CancellationToken ct = default)
    {
        var visible = db.Articles.VisibleAt(time.GetUtcNow().UtcDateTime);
        var articles = await visible.OrderByDescending(a => a.PublishAtUtc)
            .Select(a => new SitemapEntry("/articles/" + a.Slug, a.UpdatedAtUtc > a.PublishAtUtc ? a.UpdatedAtUtc : a.PublishAtUtc))
            .ToListAsync(ct);
        var categories = await db.Categories.OrderBy(c => c.DisplayOrder).ThenBy(c => c.Name)
            .Select(c => new SitemapEntry("/category/" + c.Slug, visible.Where(a => a.Categories.Any(x => x.Id == c.Id)).Max(a => a.PublishAtUtc)))
            .ToListAsync(ct);
        var tags = await db.Tags.Where(t => visible.Any(a => a.Tags.Any(x => x.Id == t.Id))).OrderBy(t => t.Name)
            .Select(t => new SitemapEntry("/tag/" + t.Slug, visible.Where(a => a.Tags.Any(x => x.Id == t.Id)).Max(a => a.PublishAtUtc)))
            .ToListAsync(ct);
        var authors = await db.Users.Where(u => visible.Any(a => a.Authors.Any(x => x.Id == u.Id))).OrderBy(u => u.DisplayName)
            .Select(u => new SitemapEntry("/author/" + u.Slug, visible.Where(a => a.Authors.Any(x => x.Id == u.Id)).Max(a => a.PublishAtUtc)))
            .ToListAsync(ct);
        return [new SitemapEntry("/", articles.Max(a => a.LastModifiedUtc)), .. articles, .. categories, .. tags, .. authors];
    }
}
