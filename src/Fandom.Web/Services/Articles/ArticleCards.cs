using System.Linq.Expressions;
using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Content;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Articles;

/// <summary>The columns of a card that live on the article's own row.</summary>
public sealed record CardRow(int Id, string Title, string Slug, string? Dek, string Excerpt, DateTime PublishedAtUtc, HeroImage? Hero);

/// <summary>A byline, section or topic of an article, as a list of cards shows it.</summary>
public sealed record ArticleTerm(int ArticleId, ArticleTermKind Kind, int TermId, string Name, string Slug, int Order);

public enum ArticleTermKind { Author, Category, Tag }

/// <summary>
/// Builds the article cards of reader pages in two steps: a list query reads each card's own row (an index range
/// joined to the article by key), then one query reads the bylines and sections of every card on the page.
/// Projecting those collections inside the list query makes SQLite materialize every join row of the archive on
/// each request (a LEFT JOIN onto a join cannot be flattened), which is what made lists slow at 100,000 articles.
/// </summary>
public sealed class ArticleCards(FandomDbContext db)
{
    /// <summary>A card's own columns; a draft has no publish time yet, and its preview shows the last save's.</summary>
    public static readonly Expression<Func<Article, CardRow>> Row = a => new CardRow(
        a.Id, a.Title, a.Slug, a.Dek, a.Excerpt, a.PublishAtUtc ?? a.UpdatedAtUtc,
        HeroImage.From(a.HeroMedia, a.HeroCaption, a.HeroAltText));

    /// <summary>The articles of one list readers can see at <paramref name="now"/>, newest first: a backward range of the list's index.</summary>
    public static IQueryable<CardRow> NewestFirst<TListing>(IQueryable<TListing> listing, DateTime now) where TListing : ArticleListing =>
        listing.VisibleAt(now)
            .OrderByDescending(l => l.PublishAtUtc).ThenByDescending(l => l.ArticleId)
            .Select(l => l.Article!)
            .Select(Row);

    /// <summary>One page of cards from rows in list order, without counting the list.</summary>
    public async Task<Page<ArticleCard>> PageAsync(IQueryable<CardRow> rows, int page, int size, CancellationToken ct = default)
    {
        var read = await rows.ToUncountedPageAsync(page, size, ct);
        return read.With(await CardsAsync(read.Items, ct));
    }

    /// <summary>The same from a compiled query of (skip, take).</summary>
    public async Task<Page<ArticleCard>> PageAsync(Func<int, int, IAsyncEnumerable<CardRow>> rows, int page, int size, CancellationToken ct = default)
    {
        var read = await PagingExtensions.ToUncountedPageAsync(rows, page, size, ct);
        return read.With(await CardsAsync(read.Items, ct));
    }

    /// <summary>Cards for rows already read, in their order.</summary>
    public async Task<IReadOnlyList<ArticleCard>> CardsAsync(IReadOnlyList<CardRow> rows, CancellationToken ct = default)
    {
        if (rows.Count == 0) return [];
        var terms = await TermsAsync(rows.Select(r => r.Id).ToList(), withTags: false, ct);
        return rows.Select(r => Card(r, terms[r.Id])).ToList();
    }

    public static ArticleCard Card(CardRow row, IEnumerable<ArticleTerm> terms) =>
        new(row.Id, row.Title, row.Slug, row.Dek, row.Excerpt, row.PublishedAtUtc, Authors(terms), Categories(terms)) { Hero = row.Hero };

    public static IReadOnlyList<AuthorLink> Authors(IEnumerable<ArticleTerm> terms) =>
        terms.Where(t => t.Kind == ArticleTermKind.Author).OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => new AuthorLink(t.Name, t.Slug)).ToList();

    public static IReadOnlyList<TermLink> Categories(IEnumerable<ArticleTerm> terms) =>
        terms.Where(t => t.Kind == ArticleTermKind.Category).OrderBy(t => t.Order).Select(t => new TermLink(t.Name, t.Slug)).ToList();

    public static IReadOnlyList<TermLink> Tags(IEnumerable<ArticleTerm> terms) =>
        terms.Where(t => t.Kind == ArticleTermKind.Tag).OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => new TermLink(t.Name, t.Slug)).ToList();

    /// <summary>The bylines and sections (and, when asked, topics) of a set of articles, in one query by key.</summary>
    public async Task<ILookup<int, ArticleTerm>> TermsAsync(IReadOnlyList<int> ids, bool withTags, CancellationToken ct = default)
    {
        var rows = await (withTags ? BylinesSectionsAndTopics : BylinesAndSections).For(db)(db, [.. ids]).ToListAsync(ct);
        return rows.ToLookup(r => r.ArticleId, r => new ArticleTerm(r.ArticleId, r.Kind, r.TermId, r.Name, r.Slug, r.Order));
    }

    private static readonly Expression<Func<FandomDbContext, List<int>, IQueryable<TermRow>>> Bylines = (db, ids) =>
        db.ArticleAuthors.Where(l => ids.Contains(l.ArticleId)).Select(l => new TermRow
            { ArticleId = l.ArticleId, Kind = ArticleTermKind.Author, TermId = 0, Name = l.Author!.DisplayName, Slug = l.Author.Slug, Order = 0 });

    private static readonly Expression<Func<FandomDbContext, List<int>, IQueryable<TermRow>>> Sections = (db, ids) =>
        db.ArticleCategories.Where(l => ids.Contains(l.ArticleId)).Select(l => new TermRow
            { ArticleId = l.ArticleId, Kind = ArticleTermKind.Category, TermId = l.CategoryId, Name = l.Category!.Name, Slug = l.Category.Slug, Order = l.Category.DisplayOrder });

    private static readonly Expression<Func<FandomDbContext, List<int>, IQueryable<TermRow>>> Topics = (db, ids) =>
        db.ArticleTags.Where(l => ids.Contains(l.ArticleId)).Select(l => new TermRow
            { ArticleId = l.ArticleId, Kind = ArticleTermKind.Tag, TermId = l.TagId, Name = l.Tag!.Name, Slug = l.Tag.Slug, Order = 0 });

    private static readonly PerModel<Func<FandomDbContext, List<int>, IAsyncEnumerable<TermRow>>> BylinesAndSections =
        CompiledQueries.PerModel(() => EF.CompileAsyncQuery(CompiledQueries.Concat(Bylines, Sections)));

    private static readonly PerModel<Func<FandomDbContext, List<int>, IAsyncEnumerable<TermRow>>> BylinesSectionsAndTopics =
        CompiledQueries.PerModel(() => EF.CompileAsyncQuery(CompiledQueries.Concat(Bylines, Sections, Topics)));

    /// <summary>A term as the query reads it (a class: EF unions member-initialized rows).</summary>
    private sealed class TermRow
    {
        public int ArticleId { get; init; }
        public ArticleTermKind Kind { get; init; }
        public int TermId { get; init; }
        public string Name { get; init; } = "";
        public string Slug { get; init; } = "";
        public int Order { get; init; }
    }
}
