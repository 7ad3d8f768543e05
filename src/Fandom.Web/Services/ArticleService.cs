using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Content;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services;

public sealed record AuthorLink(string Name, string Slug);
public sealed record TermLink(string Name, string Slug);

/// <summary>An article as it appears in a list.</summary>
public sealed record ArticleCard(
    int Id, string Title, string Slug, string? Dek, string Excerpt, DateTime PublishedAtUtc,
    IReadOnlyList<AuthorLink> Authors, IReadOnlyList<TermLink> Categories)
{
    /// <summary>The article's hero, for lists that show one (the front page's lead story).</summary>
    public HeroImage? Hero { get; init; }
}

/// <summary>Everything the reader's article page shows.</summary>
public sealed record ArticleDetail(
    int Id, string Title, string Slug, string? Dek, string BodyHtml, string Excerpt, int WordCount,
    string? ContentNotes, string? SeoTitle, string? SeoDescription,
    DateTime PublishedAtUtc, DateTime UpdatedAtUtc,
    IReadOnlyList<AuthorLink> Authors, IReadOnlyList<TermLink> Categories, IReadOnlyList<TermLink> Tags)
{
    public int ReadingMinutes => Math.Max(1, (int)Math.Round(WordCount / 230.0));

    /// <summary>The hero figure with this article's caption and alt text in force (credit: <c>Hero.Media.Credit</c>).</summary>
    public HeroImage? Hero { get; init; }
}

/// <summary>A neighbouring article in publication order, for previous/next links.</summary>
public sealed record ArticleLink(int Id, string Title, string Slug);

/// <summary>What surrounds an article on its page: related stories and its neighbours in time.</summary>
public sealed record ArticleSurroundings(IReadOnlyList<ArticleCard> Related, ArticleLink? Previous, ArticleLink? Next);

/// <summary>A category, tag or author page: who or what it is about, and one page of its articles.</summary>
public sealed record Listing(string Name, string? Description, Page<ArticleCard> Page);

/// <summary>A slug lookup: the article, or the slug it moved to.</summary>
public sealed record ArticleLookup(ArticleDetail? Article, string? MovedTo);

/// <summary>Reads for reader pages. Every query goes through <see cref="ArticleVisibility.VisibleAt"/>.</summary>
public sealed class ArticleService(FandomDbContext db, TimeProvider time, SiteSettingsService settings)
{
    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public Task<Page<ArticleCard>> LatestAsync(int page, CancellationToken ct = default) =>
        CardsAsync(db.Articles.VisibleAt(Now), page, ct);

    public async Task<Listing?> CategoryAsync(string slug, int page, CancellationToken ct = default)
    {
        var category = await db.Categories.Where(c => c.Slug == slug).Select(c => new { c.Name, c.Description }).FirstOrDefaultAsync(ct);
        if (category is null) return null;
        var articles = db.Articles.VisibleAt(Now).Where(a => a.Categories.Any(c => c.Slug == slug));
        return new Listing(category.Name, category.Description, await CardsAsync(articles, page, ct));
    }

    public async Task<Listing?> TagAsync(string slug, int page, CancellationToken ct = default)
    {
        var tag = await db.Tags.Where(t => t.Slug == slug).Select(t => t.Name).FirstOrDefaultAsync(ct);
        if (tag is null) return null;
        var articles = db.Articles.VisibleAt(Now).Where(a => a.Tags.Any(t => t.Slug == slug));
        return new Listing(tag, null, await CardsAsync(articles, page, ct));
    }

    /// <summary>A staff author's page; people without a published article have none.</summary>
    public async Task<Listing?> AuthorAsync(string slug, int page, CancellationToken ct = default)
    {
        var author = await db.Users.Where(u => u.Slug == slug).Select(u => new { u.DisplayName, u.Bio }).FirstOrDefaultAsync(ct);
        if (author is null) return null;
        var articles = db.Articles.VisibleAt(Now).Where(a => a.Authors.Any(u => u.Slug == slug));
        var listing = new Listing(author.DisplayName, author.Bio, await CardsAsync(articles, page, ct));
        return listing.Page.TotalCount == 0 ? null : listing;
    }

    private Task<Page<ArticleCard>> CardsAsync(IQueryable<Article> articles, int page, CancellationToken ct) =>
        articles.OrderByDescending(a => a.PublishAtUtc).ThenByDescending(a => a.Id)
            .Select(ToCard)
            .ToPageAsync(page, settings.Current.ArticlesPerPage, ct);

    public async Task<ArticleLookup> FindBySlugAsync(string slug, CancellationToken ct = default)
    {
        var article = await db.Articles.VisibleAt(Now)
            .Where(a => a.Slug == slug)
            .Select(ToDetail)
            .FirstOrDefaultAsync(ct);
        if (article is not null) return new ArticleLookup(article, null);

        var movedTo = await db.ArticleSlugs
            .Where(s => s.Slug == slug)
            .Select(s => s.Article!.Slug)
            .FirstOrDefaultAsync(ct);
        return new ArticleLookup(null, movedTo);
    }

    /// <summary>
    /// Related stories (most shared tags, then shared categories, then newest) and the previous (older) and
    /// next (newer) visible articles: two queries, whatever the size of the archive.
    /// </summary>
    public async Task<ArticleSurroundings> SurroundingsAsync(ArticleDetail article, CancellationToken ct = default)
    {
        var visible = db.Articles.VisibleAt(Now);
        var tags = article.Tags.Select(t => t.Slug).ToList();
        var categories = article.Categories.Select(c => c.Slug).ToList();
        List<ArticleCard> related = [];
        if (tags.Count + categories.Count > 0)
        {
            related = await visible
                .Where(a => a.Id != article.Id
                    && (a.Tags.Any(t => tags.Contains(t.Slug)) || a.Categories.Any(c => categories.Contains(c.Slug))))
                .OrderByDescending(a => a.Tags.Count(t => tags.Contains(t.Slug)) * 2 + a.Categories.Count(c => categories.Contains(c.Slug)))
                .ThenByDescending(a => a.PublishAtUtc).ThenByDescending(a => a.Id)
                .Take(RelatedCount)
                .Select(ToCard)
                .ToListAsync(ct);
        }

        var at = article.PublishedAtUtc;
        var id = article.Id;
        var older = visible
            .Where(a => a.PublishAtUtc < at || (a.PublishAtUtc == at && a.Id < id))
            .OrderByDescending(a => a.PublishAtUtc).ThenByDescending(a => a.Id)
            .Select(a => new { a.Id, a.Title, a.Slug, a.PublishAtUtc })
            .Take(1);
        var newer = visible
            .Where(a => a.PublishAtUtc > at || (a.PublishAtUtc == at && a.Id > id))
            .OrderBy(a => a.PublishAtUtc).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.Title, a.Slug, a.PublishAtUtc })
            .Take(1);
        var neighbours = await older.Concat(newer).ToListAsync(ct);
        ArticleLink? Pick(bool isNewer) => neighbours
            .Where(n => (n.PublishAtUtc > at || (n.PublishAtUtc == at && n.Id > id)) == isNewer)
            .Select(n => new ArticleLink(n.Id, n.Title, n.Slug))
            .FirstOrDefault();
        return new ArticleSurroundings(related, Pick(isNewer: false), Pick(isNewer: true));
    }

    private const int RelatedCount = 3;

    /// <summary>
    /// Any article, whatever its status, built exactly as the reader page's: for preview share links,
    /// which must show a draft as readers will see it.
    /// </summary>
    public Task<ArticleDetail?> DetailForPreviewAsync(int id, CancellationToken ct = default) =>
        db.Articles.Where(a => a.Id == id).Select(ToDetail).FirstOrDefaultAsync(ct);

    public Task<List<TermLink>> CategoriesAsync(CancellationToken ct = default) =>
        db.Categories.OrderBy(c => c.DisplayOrder).ThenBy(c => c.Name)
            .Select(c => new TermLink(c.Name, c.Slug))
            .ToListAsync(ct);

    // A draft has no publish time yet; its preview shows the last save's.
    private static readonly System.Linq.Expressions.Expression<Func<Article, ArticleDetail>> ToDetail = a => new ArticleDetail(
        a.Id, a.Title, a.Slug, a.Dek, a.BodyHtml, a.Excerpt, a.WordCount,
        a.ContentNotes, a.SeoTitle, a.SeoDescription,
        a.PublishAtUtc ?? a.UpdatedAtUtc, a.UpdatedAtUtc,
        a.Authors.OrderBy(u => u.DisplayName).Select(u => new AuthorLink(u.DisplayName, u.Slug)).ToList(),
        a.Categories.OrderBy(c => c.DisplayOrder).Select(c => new TermLink(c.Name, c.Slug)).ToList(),
        a.Tags.OrderBy(t => t.Name).Select(t => new TermLink(t.Name, t.Slug)).ToList())
        { Hero = HeroImage.From(a.HeroMedia, a.HeroCaption, a.HeroAltText) };

    internal static readonly System.Linq.Expressions.Expression<Func<Article, ArticleCard>> ToCard = a => new ArticleCard(
        a.Id, a.Title, a.Slug, a.Dek, a.Excerpt, a.PublishAtUtc!.Value,
        a.Authors.OrderBy(u => u.DisplayName).Select(u => new AuthorLink(u.DisplayName, u.Slug)).ToList(),
        a.Categories.OrderBy(c => c.DisplayOrder).Select(c => new TermLink(c.Name, c.Slug)).ToList())
        { Hero = HeroImage.From(a.HeroMedia, a.HeroCaption, a.HeroAltText) };
}
