using System.Linq.Expressions;
using Fandom.Data;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Articles;

/// <summary>
/// An article's related stories: most shared tags, then shared categories, then newest. They are chosen among the
/// newest few of each of the article's tags and categories, so the cost is the number of its lists, never the size of
/// the archive.
/// </summary>
/// <remarks>
/// Compiled once for each count of tags and categories an article can have (the slots it leaves empty take no part):
/// the same query written afresh for each article cost EF more in building, parameterizing and looking it up than
/// the database spent running it, about two thirds of an article page; and a query of one size for all, with
/// unused slots, made SQLite prepare a statement twice the usual size on every page.
/// </remarks>
public static class RelatedStories
{
    public const int Count = 3;

    /// <summary>How many of the newest articles of each tag and category compete to be related.</summary>
    public const int CandidatesPerList = 20;

    /// <summary>At most this many of an article's tags, and of its categories, are searched for related stories.</summary>
    public const int TagSlots = 8;
    public const int CategorySlots = 3;

    /// <summary>The value of a slot the article's lists leave empty; the query for its shape does not read it.</summary>
    private const int Unused = 0;

    public static IAsyncEnumerable<CardRow> RowsAsync(
        FandomDbContext db, int articleId, DateTime nowUtc, IReadOnlyList<int> tagIds, IReadOnlyList<int> categoryIds)
    {
        var tags = Math.Min(tagIds.Count, TagSlots);
        var categories = Math.Min(categoryIds.Count, CategorySlots);
        int Tag(int slot) => slot < tags ? tagIds[slot] : Unused;
        int Category(int slot) => slot < categories ? categoryIds[slot] : Unused;
        return Queries[tags, categories].For(db)(db, articleId, nowUtc,
            Tag(0), Tag(1), Tag(2), Tag(3), Tag(4), Tag(5), Tag(6), Tag(7),
            Category(0), Category(1), Category(2));
    }

    /// <summary>A candidate as its list row gives it: the article and its publish time, which the row repeats.</summary>
    private sealed class Candidate
    {
        public int ArticleId { get; init; }
        public DateTime? PublishAtUtc { get; init; }
    }

    private static readonly Expression<Func<FandomDbContext, int, DateTime, int, IQueryable<Candidate>>> NewestOfTag =
        (db, id, now, tagId) => db.ArticleTags
            .Where(l => l.TagId == tagId && l.ArticleId != id)
            .VisibleAt(now)
            .OrderByDescending(l => l.PublishAtUtc).ThenByDescending(l => l.ArticleId)
            .Select(l => new Candidate { ArticleId = l.ArticleId, PublishAtUtc = l.PublishAtUtc }).Take(CandidatesPerList);

    private static readonly Expression<Func<FandomDbContext, int, DateTime, int, IQueryable<Candidate>>> NewestOfCategory =
        (db, id, now, categoryId) => db.ArticleCategories
            .Where(l => l.CategoryId == categoryId && l.ArticleId != id)
            .VisibleAt(now)
            .OrderByDescending(l => l.PublishAtUtc).ThenByDescending(l => l.ArticleId)
            .Select(l => new Candidate { ArticleId = l.ArticleId, PublishAtUtc = l.PublishAtUtc }).Take(CandidatesPerList);

    /// <summary>No candidates, for an article without tags or categories (its page does not ask).</summary>
    private static readonly Expression<Func<FandomDbContext, IQueryable<Candidate>>> None = db => db.ArticleTags
        .Where(l => false).Select(l => new Candidate { ArticleId = l.ArticleId, PublishAtUtc = l.PublishAtUtc });

    /// <summary>
    /// The candidates are visible list rows, ranked on what the list rows and the join tables' keys hold; only the
    /// three chosen are then read from the articles, by key. Ranking on the article rows read every candidate's row
    /// (on SQLite past its body, HTML and search text, four overflow pages each), about half of an article page; and a
    /// second visibility filter on the articles would tempt the planner to walk the whole archive against the lists.
    /// </summary>
    private static readonly Expression<Func<FandomDbContext, IQueryable<Candidate>, int[], int[], IQueryable<CardRow>>> Ranked =
        (db, candidates, tagIds, categoryIds) => candidates.Distinct()
            .Select(c => new
            {
                c.ArticleId,
                c.PublishAtUtc,
                Shared = db.ArticleTags.Count(l => l.ArticleId == c.ArticleId && tagIds.Contains(l.TagId)) * 2
                    + db.ArticleCategories.Count(l => l.ArticleId == c.ArticleId && categoryIds.Contains(l.CategoryId)),
            })
            .OrderByDescending(c => c.Shared).ThenByDescending(c => c.PublishAtUtc).ThenByDescending(c => c.ArticleId)
            .Take(Count)
            .Join(db.Articles.AsNoTracking(), c => c.ArticleId, a => a.Id, (c, a) => new { c.Shared, c.PublishAtUtc, c.ArticleId, Article = a })
            .OrderByDescending(c => c.Shared).ThenByDescending(c => c.PublishAtUtc).ThenByDescending(c => c.ArticleId)
            .Select(c => c.Article)
            .Select(ArticleCards.Row);

    private static readonly PerModel<Func<FandomDbContext, int, DateTime, int, int, int, int, int, int, int, int, int, int, int, IAsyncEnumerable<CardRow>>>[,] Queries =
        Shapes((tags, categories) => CompiledQueries.PerModel(() => EF.CompileAsyncQuery(Slotted(tags, categories))));

    private static T[,] Shapes<T>(Func<int, int, T> query)
    {
        var shapes = new T[TagSlots + 1, CategorySlots + 1];
        for (var tags = 0; tags <= TagSlots; tags++)
            for (var categories = 0; categories <= CategorySlots; categories++)
                shapes[tags, categories] = query(tags, categories);
        return shapes;
    }

    /// <summary>
    /// <see cref="Ranked"/> over the union of <see cref="NewestOfTag"/> for the first <paramref name="tagCount"/> tag
    /// slots and <see cref="NewestOfCategory"/> for the first <paramref name="categoryCount"/> category slots, each slot
    /// a parameter of the compiled query.
    /// </summary>
    private static Expression<Func<FandomDbContext, int, DateTime, int, int, int, int, int, int, int, int, int, int, int, IQueryable<CardRow>>> Slotted(
        int tagCount, int categoryCount)
    {
        var db = Expression.Parameter(typeof(FandomDbContext), "db");
        var id = Expression.Parameter(typeof(int), "id");
        var now = Expression.Parameter(typeof(DateTime), "now");
        var tags = Slots("tag", TagSlots);
        var categories = Slots("category", CategorySlots);

        var usedTags = tags[..tagCount];
        var usedCategories = categories[..categoryCount];
        var candidates = usedTags.Select(tag => CompiledQueries.Bind(NewestOfTag, db, id, now, tag))
            .Concat(usedCategories.Select(category => CompiledQueries.Bind(NewestOfCategory, db, id, now, category)))
            .DefaultIfEmpty(CompiledQueries.Bind(None, db))
            .Aggregate((all, more) => Expression.Call(typeof(Queryable), nameof(Queryable.Concat), [typeof(Candidate)], all, more));
        var body = CompiledQueries.Bind(Ranked, db, candidates,
            Expression.NewArrayInit(typeof(int), usedTags), Expression.NewArrayInit(typeof(int), usedCategories));

        return ArticleVisibility.Compilable(Expression.Lambda<Func<FandomDbContext, int, DateTime, int, int, int, int, int, int, int, int, int, int, int, IQueryable<CardRow>>>(
            body, [db, id, now, .. tags, .. categories]));

        static ParameterExpression[] Slots(string name, int count) =>
            Enumerable.Range(1, count).Select(slot => Expression.Parameter(typeof(int), $"{name}{slot}")).ToArray();
    }
}
