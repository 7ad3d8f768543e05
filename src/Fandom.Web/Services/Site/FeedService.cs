using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Services.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Fandom.Web.Services.Site;

/// <summary>An article as a feed entry; <see cref="BodyHtml"/> is the feed-safe variant.</summary>
public sealed record FeedEntry(
    string Title, string Slug, string? Dek, string Excerpt, string BodyHtml, DateTime PublishedAtUtc, DateTime UpdatedAtUtc,
    IReadOnlyList<AuthorLink> Authors, IReadOnlyList<TermLink> Categories);

/// <summary>A feed's subject (the site or one category) and its newest entries.</summary>
public sealed record FeedContent(string? CategoryName, string? CategorySlug, IReadOnlyList<FeedEntry> Entries);

/// <summary>Reads for RSS and Atom feeds: the newest visible articles of the site or of one category.</summary>
public sealed class FeedService(FandomDbContext db, TimeProvider time, Fandom.Web.Content.ContentRenderer renderer, IMemoryCache memo)
{
    public const int EntryCount = 20;

    /// <summary>The site's feed, or a category's (null when the category does not exist).</summary>
    public async Task<FeedContent?> LatestAsync(string? categorySlug, CancellationToken ct = default)
    {
        var now = time.UtcNow();
        IQueryable<Article> articles;
        string? name = null;
        if (categorySlug is null)
            articles = db.Articles.VisibleAt(now).OrderByDescending(a => a.PublishAtUtc).ThenByDescending(a => a.Id);
        else
        {
            var category = await db.Categories.Where(c => c.Slug == categorySlug).Select(c => new { c.Id, c.Name }).FirstOrDefaultAsync(ct);
            if (category is null) return null;
            name = category.Name;
            // The category's own list rows, newest first: one index range (see ArticleListing).
            articles = db.ArticleCategories.VisibleAt(now).Where(l => l.CategoryId == category.Id)
                .OrderByDescending(l => l.PublishAtUtc).ThenByDescending(l => l.ArticleId)
                .Select(l => l.Article!);
        }
        var rows = await articles.Take(EntryCount)
            .Select(a => new { a.Id, a.Title, a.Slug, a.Dek, a.Excerpt, a.BodyHtml, PublishedAtUtc = a.PublishAtUtc!.Value, a.UpdatedAtUtc })
            .ToListAsync(ct);
        var terms = await new ArticleCards(db).TermsAsync(rows.Select(r => r.Id).ToList(), withTags: false, ct);
        // Feeds never carry spoilers or players: the feed variant swaps them for notices and links.
        return new FeedContent(name, categorySlug, rows.Select(r => new FeedEntry(
            r.Title, r.Slug, r.Dek, r.Excerpt, FeedHtml(r.Id, r.BodyHtml), r.PublishedAtUtc, r.UpdatedAtUtc,
            ArticleCards.Authors(terms[r.Id]), ArticleCards.Categories(terms[r.Id]))).ToList());
    }

    /// <summary>
    /// The feed variant of an article's stored HTML, remembered for as long as that HTML stays the same: making it
    /// parses the whole body, which for twenty entries cost more than everything else a feed request does.
    /// </summary>
    private string FeedHtml(int id, string bodyHtml) =>
        memo.GetOrCreate(("feed-html", id, bodyHtml.Length, bodyHtml.GetHashCode()), entry =>
        {
            entry.SlidingExpiration = TimeSpan.FromMinutes(30);
            return renderer.FeedHtml(bodyHtml);
        })!;
}
