using System.Linq.Expressions;
using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Content;
using Fandom.Web.Services.Site;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Articles;

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
    public int ReadingMinutes => ReadingTime.Minutes(WordCount);

    /// <summary>The hero figure with this article's caption and alt text in force (credit: <c>Hero.Media.Credit</c>).</summary>
    public HeroImage? Hero { get; init; }

    /// <summary>Ids of the tags and categories, for finding related stories.</summary>
    public IReadOnlyList<int> TagIds { get; init; } = [];
    public IReadOnlyList<int> CategoryIds { get; init; } = [];
}

/// <summary>A neighbouring article in publication order, for previous/next links.</summary>
public sealed record ArticleLink(int Id, string Title, string Slug);

/// <summary>A neighbour as <see cref="ArticleService.Neighbours"/> reads it (a class: EF unions member-initialized rows).</summary>
public sealed class ArticleLinkRow
{
    public int Id { get; init; }
    public string Title { get; init; } = "";
    public string Slug { get; init; } = "";
    public DateTime? PublishAtUtc { get; init; }
}

/// <summary>What surrounds an article on its page: related stories and its neighbours in time.</summary>
public sealed record ArticleSurroundings(IReadOnlyList<ArticleCard> Related, ArticleLink? Previous, ArticleLink? Next);

/// <summary>A category, tag or author page: who or what it is about, and one page of its articles.</summary>
public sealed record Listing(string Name, string? Description, Page<ArticleCard> Page);

/// <summary>A slug lookup: the article, or the slug it moved to.</summary>
public sealed record ArticleLookup(ArticleDetail? Article, string? MovedTo);

/// <summary>
/// Reads for reader pages. Every query goes through <see cref="ArticleVisibility.VisibleAt"/> and is one index range
/// or key lookup, whatever the size of the archive: lists read their own list rows (<see cref="ArticleListing"/>),
/// cards come from <see cref="ArticleCards"/>, and nothing counts the archive.
/// </summary>
public sealed class ArticleService(FandomDbContext db, TimeProvider time, SiteSettingsService settings)
{
    private DateTime Now => time.UtcNow();

    private ArticleCards Cards => new(db);

    private int PageSize => settings.Current.ArticlesPerPage;

    public async Task<Page<ArticleCard>> LatestAsync(int page, CancellationToken ct = default)
    {
        await OneConnectionAsync(ct);
        var now = Now;
        return await Cards.PageAsync((skip, take) => Latest.For(db)(db, now, skip, take), page, PageSize, ct);
    }

    private static readonly PerModel<Func<FandomDbContext, DateTime, int, int, IAsyncEnumerable<CardRow>>> Latest = CompiledQueries.PerModel(() =>
        EF.CompileAsyncQuery(ArticleVisibility.Compilable((FandomDbContext db, DateTime now, int skip, int take) => db.Articles.AsNoTracking()
            .VisibleAt(now)
            .OrderByDescending(a => a.PublishAtUtc).ThenByDescending(a => a.Id)
            .Select(ArticleCards.Row)
            .Skip(skip).Take(take))));

    /// <summary>
    /// A reader page sends a few queries in a row; opening the connection once for all of them spares each query a
    /// trip through the connection pool (on SQLite, each open also registers EF's functions on the connection again).
    /// EF closes it when the request's context goes back to the pool.
    /// </summary>
    private Task OneConnectionAsync(CancellationToken ct) => db.Database.OpenConnectionAsync(ct);

    public async Task<Listing?> CategoryAsync(string slug, int page, CancellationToken ct = default)
    {
        await OneConnectionAsync(ct);
        var category = await db.Categories.Where(c => c.Slug == slug).Select(c => new { c.Id, c.Name, c.Description }).FirstOrDefaultAsync(ct);
        if (category is null) return null;
        var rows = NewestFirst(db.ArticleCategories.Where(l => l.CategoryId == category.Id));
        return new Listing(category.Name, category.Description, await Cards.PageAsync(rows, page, PageSize, ct));
    }

    public async Task<Listing?> TagAsync(string slug, int page, CancellationToken ct = default)
    {
        await OneConnectionAsync(ct);
        var tag = await db.Tags.Where(t => t.Slug == slug).Select(t => new { t.Id, t.Name }).FirstOrDefaultAsync(ct);
        if (tag is null) return null;
        var rows = NewestFirst(db.ArticleTags.Where(l => l.TagId == tag.Id));
        return WhenItShowsAnArticle(new Listing(tag.Name, null, await Cards.PageAsync(rows, page, PageSize, ct)));
    }

    /// <summary>A staff author's page; people without a published article have none.</summary>
    public async Task<Listing?> AuthorAsync(string slug, int page, CancellationToken ct = default)
    {
        await OneConnectionAsync(ct);
        var author = await db.Users.Where(u => u.Slug == slug).Select(u => new { u.Id, u.DisplayName, u.Bio }).FirstOrDefaultAsync(ct);
        if (author is null) return null;
        var rows = NewestFirst(db.ArticleAuthors.Where(l => l.AuthorId == author.Id));
        return WhenItShowsAnArticle(new Listing(author.DisplayName, author.Bio, await Cards.PageAsync(rows, page, PageSize, ct)));
    }

    /// <summary>
    /// A tag or an author exists for readers only through the articles they can see: with none, the page would tell
    /// them what unpublished work is about or who is writing it. (A category is a section of the site and keeps its
    /// page while empty.)
    /// </summary>
    private static Listing? WhenItShowsAnArticle(Listing listing) =>
        listing.Page.Number == 1 && listing.Page.Items.Count == 0 ? null : listing;

    private IQueryable<CardRow> NewestFirst<TListing>(IQueryable<TListing> listing) where TListing : ArticleListing =>
        ArticleCards.NewestFirst(listing, Now);

    public async Task<ArticleLookup> FindBySlugAsync(string slug, CancellationToken ct = default)
    {
        await OneConnectionAsync(ct);
        var article = await DetailAsync(await VisibleBySlug.For(db)(db, Now, slug, ct), ct);
        if (article is not null) return new ArticleLookup(article, null);

        // A former slug leads only to an article readers can see: otherwise the redirect would give away the
        // unpublished article's new address.
        var movedTo = await db.ArticleSlugs
            .Where(s => s.Slug == slug)
            .Select(s => s.Article!)
            .VisibleAt(Now)
            .Select(a => a.Slug)
            .FirstOrDefaultAsync(ct);
        return new ArticleLookup(null, movedTo);
    }

    /// <summary>Related stories (<see cref="RelatedStories"/>) and the previous (older) and next (newer) visible articles.</summary>
    public async Task<ArticleSurroundings> SurroundingsAsync(ArticleDetail article, CancellationToken ct = default)
    {
        var now = Now;
        var id = article.Id;
        IReadOnlyList<ArticleCard> related = [];
        if (article.TagIds.Count + article.CategoryIds.Count > 0)
        {
            var rows = await RelatedStories.RowsAsync(db, id, now, article.TagIds, article.CategoryIds).ToListAsync(ct);
            related = await Cards.CardsAsync(rows, ct);
        }

        var at = article.PublishedAtUtc;
        var neighbours = await Neighbours(db, id, at, now).ToListAsync(ct);
        ArticleLink? Pick(bool isNewer) => neighbours
            .Where(n => (n.PublishAtUtc > at || (n.PublishAtUtc == at && n.Id > id)) == isNewer)
            .Select(n => new ArticleLink(n.Id, n.Title, n.Slug))
            .FirstOrDefault();
        return new ArticleSurroundings(related, Pick(isNewer: false), Pick(isNewer: true));
    }

    /// <summary>
    /// The visible articles just before and just after one in publication order (previous/next), in one query.
    /// "At or before" bounds each index range; the tie on the publish time is broken by id. The neighbour's bound
    /// comes before the visibility rule's own "publish time reached": SQLite ranges an index by the first of two
    /// upper bounds it is given, and "now" would make it walk every article newer than this one.
    /// </summary>
    public static IAsyncEnumerable<ArticleLinkRow> Neighbours(FandomDbContext db, int id, DateTime at, DateTime now) =>
        NeighbourRows.For(db)(db, id, at, now);

    private static readonly PerModel<Func<FandomDbContext, int, DateTime, DateTime, IAsyncEnumerable<ArticleLinkRow>>> NeighbourRows = CompiledQueries.PerModel(() =>
        EF.CompileAsyncQuery(ArticleVisibility.Compilable((FandomDbContext db, int id, DateTime at, DateTime now) => db.Articles
            .Where(a => a.PublishAtUtc <= at && (a.PublishAtUtc < at || a.Id < id))
            .VisibleAt(now)
            .OrderByDescending(a => a.PublishAtUtc).ThenByDescending(a => a.Id)
            .Select(a => new ArticleLinkRow { Id = a.Id, Title = a.Title, Slug = a.Slug, PublishAtUtc = a.PublishAtUtc })
            .Take(1)
            .Concat(db.Articles
                .Where(a => a.PublishAtUtc >= at && (a.PublishAtUtc > at || a.Id > id))
                .VisibleAt(now)
                .OrderBy(a => a.PublishAtUtc).ThenBy(a => a.Id)
                .Select(a => new ArticleLinkRow { Id = a.Id, Title = a.Title, Slug = a.Slug, PublishAtUtc = a.PublishAtUtc })
                .Take(1)))));

    /// <summary>
    /// Any article, whatever its status, built exactly as the reader page's: for preview share links,
    /// which must show a draft as readers will see it.
    /// </summary>
    public async Task<ArticleDetail?> DetailForPreviewAsync(int id, CancellationToken ct = default) =>
        await DetailAsync(await db.Articles.AsNoTracking().Where(a => a.Id == id).Select(Detail).FirstOrDefaultAsync(ct), ct);

    /// <summary>The article page's own columns; a draft has no publish time yet, and its preview shows the last save's.</summary>
    private static readonly Expression<Func<Article, DetailRow>> Detail = a => new DetailRow(
        a.Id, a.Title, a.Slug, a.Dek, a.BodyHtml, a.Excerpt, a.WordCount, a.ContentNotes, a.SeoTitle, a.SeoDescription,
        a.PublishAtUtc ?? a.UpdatedAtUtc, a.UpdatedAtUtc, HeroImage.From(a.HeroMedia, a.HeroCaption, a.HeroAltText));

    private static readonly PerModel<Func<FandomDbContext, DateTime, string, CancellationToken, Task<DetailRow?>>> VisibleBySlug = CompiledQueries.PerModel(() =>
        EF.CompileAsyncQuery(ArticleVisibility.Compilable((FandomDbContext db, DateTime now, string slug, CancellationToken ct) =>
            db.Articles.AsNoTracking().VisibleAt(now).Where(a => a.Slug == slug).Select(Detail).FirstOrDefault())));

    private sealed record DetailRow(
        int Id, string Title, string Slug, string? Dek, string BodyHtml, string Excerpt, int WordCount,
        string? ContentNotes, string? SeoTitle, string? SeoDescription, DateTime PublishedAtUtc, DateTime UpdatedAtUtc, HeroImage? Hero);

    private async Task<ArticleDetail?> DetailAsync(DetailRow? row, CancellationToken ct)
    {
        if (row is null) return null;
        var terms = (await Cards.TermsAsync([row.Id], withTags: true, ct))[row.Id].ToList();
        return new ArticleDetail(
            row.Id, row.Title, row.Slug, row.Dek, row.BodyHtml, row.Excerpt, row.WordCount,
            row.ContentNotes, row.SeoTitle, row.SeoDescription, row.PublishedAtUtc, row.UpdatedAtUtc,
            ArticleCards.Authors(terms), ArticleCards.Categories(terms), ArticleCards.Tags(terms))
        {
            Hero = row.Hero,
            TagIds = terms.Where(t => t.Kind == ArticleTermKind.Tag).Select(t => t.TermId).ToList(),
            CategoryIds = terms.Where(t => t.Kind == ArticleTermKind.Category).Select(t => t.TermId).ToList(),
        };
    }
}
