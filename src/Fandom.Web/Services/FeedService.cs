using Fandom.Data;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services;

/// <summary>An article as a feed entry; <see cref="BodyHtml"/> is the feed-safe variant.</summary>
public sealed record FeedEntry(
    string Title, string Slug, string? Dek, string Excerpt, string BodyHtml, DateTime PublishedAtUtc, DateTime UpdatedAtUtc,
    IReadOnlyList<AuthorLink> Authors, IReadOnlyList<TermLink> Categories);

/// <summary>A feed's subject (the site or one category) and its newest entries.</summary>
public sealed record FeedContent(string? CategoryName, string? CategorySlug, IReadOnlyList<FeedEntry> Entries);

/// <summary>Reads for RSS and Atom feeds: the newest visible articles of the site or of one category.</summary>
public sealed class FeedService(FandomDbContext db, TimeProvider time, Fandom.Web.Content.ContentRenderer renderer)
{
    public const int EntryCount = 20;

    /// <summary>The site's feed, or a category's (null when the category does not exist).</summary>
    public async Task<FeedContent?> LatestAsync(string? categorySlug, CancellationToken ct = default)
    {
        var articles = db.Articles.VisibleAt(time.GetUtcNow().UtcDateTime);
        string? name = null;
        if (categorySlug is not null)
        {
            name = await db.Categories.Where(c => c.Slug == categorySlug).Select(c => c.Name).FirstOrDefaultAsync(ct);
            if (name is null) return null;
            articles = articles.Where(a => a.Categories.Any(c => c.Slug == categorySlug));
        }
        var entries = await articles
            .OrderByDescending(a => a.PublishAtUtc).ThenByDescending(a => a.Id)
            .Take(EntryCount)
            .Select(a => new FeedEntry(a.Title, a.Slug, a.Dek, a.Excerpt, a.BodyHtml, a.PublishAtUtc!.Value, a.UpdatedAtUtc,
                a.Authors.OrderBy(u => u.DisplayName).Select(u => new AuthorLink(u.DisplayName, u.Slug)).ToList(),
                a.Categories.OrderBy(c => c.DisplayOrder).Select(c => new TermLink(c.Name, c.Slug)).ToList()))
            .ToListAsync(ct);
        // Feeds never carry spoilers or players: the feed variant swaps them for notices and links.
        return new FeedContent(name, categorySlug, entries.Select(e => e with { BodyHtml = renderer.FeedHtml(e.BodyHtml) }).ToList());
    }
}
