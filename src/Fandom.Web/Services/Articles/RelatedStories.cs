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
/// One compiled query over a fixed number of list slots, unused slots holding <see cref="NoList"/>: the query written
/// for each article's own lists had a new shape for every count of tags, and building, parameterizing and looking it up
/// cost EF more than running it cost the database (about two thirds of an article page). An empty slot costs one index
/// probe that finds nothing.
/// </remarks>
public static class RelatedStories
{
    public const int Count = 3;

    /// <summary>How many of the newest articles of each tag and category compete to be related.</summary>
    public const int CandidatesPerList = 20;

    /// <summary>At most this many of an article's tags, and of its categories, are searched for related stories.</summary>
    public const int TagSlots = 8;
    public const int CategorySlots = 3;

    /// <summary>No tag or category has this id: a slot holding it finds nothing.</summary>
    private const int NoList = 0;

    public static IAsyncEnumerable<CardRow> RowsAsync(
        FandomDbContext db, int articleId, DateTime nowUtc, IReadOnlyList<int> tagIds, IReadOnlyList<int> categoryIds)
    {
        int Tag(int slot) => slot < tagIds.Count ? tagIds[slot] : NoList;
        int Category(int slot) => slot < categoryIds.Count ? categoryIds[slot] : NoList;
        return Query.For(db)(db, articleId, nowUtc,
            Tag(0), Tag(1), Tag(2), Tag(3), Tag(4), Tag(5), Tag(6), Tag(7),
            Category(0), Category(1), Category(2));
    }

    private static readonly Expression<Func<FandomDbContext, int, DateTime, int, IQueryable<int>>> NewestOfTag =
        (db, id, now, tagId) => db.ArticleTags
            .Where(l => l.TagId == tagId && l.ArticleId != id)
            .VisibleAt(now)
            .OrderByDescending(l => l.PublishAtUtc).ThenByDescending(l => l.ArticleId)
            .Select(l => l.ArticleId).Take(CandidatesPerList);

    private static readonly Expression<Func<FandomDbContext, int, DateTime, int, IQueryable<int>>> NewestOfCategory =
        (db, id, now, categoryId) => db.ArticleCategories
            .Where(l => l.CategoryId == categoryId && l.ArticleId != id)
            .VisibleAt(now)
            .OrderByDescending(l => l.PublishAtUtc).ThenByDescending(l => l.ArticleId)
            .Select(l => l.ArticleId).Take(CandidatesPerList);

    /// <summary>
    /// The candidates come from visible list rows; the articles are then read by key (a second visibility filter here
    /// would tempt the planner to walk the whole archive and test each article against the lists).
    /// </summary>
    private static readonly Expression<Func<FandomDbContext, IQueryable<int>, int[], int[], IQueryable<CardRow>>> Ranked =
        (db, candidates, tagIds, categoryIds) => db.Articles.AsNoTracking()
            .Where(a => candidates.Contains(a.Id))
            .OrderByDescending(a => db.ArticleTags.Count(l => l.ArticleId == a.Id && tagIds.Contains(l.TagId)) * 2
                + db.ArticleCategories.Count(l => l.ArticleId == a.Id && categoryIds.Contains(l.CategoryId)))
            .ThenByDescending(a => a.PublishAtUtc).ThenByDescending(a => a.Id)
            .Take(Count)
            .Select(ArticleCards.Row);

    private static readonly PerModel<Func<FandomDbContext, int, DateTime, int, int, int, int, int, int, int, int, int, int, int, IAsyncEnumerable<CardRow>>> Query =
        CompiledQueries.PerModel(() => EF.CompileAsyncQuery(Slotted()));

    /// <summary>
    /// <see cref="Ranked"/> over the union of <see cref="NewestOfTag"/> for every tag slot and
    /// <see cref="NewestOfCategory"/> for every category slot, each slot a parameter of the compiled query.
    /// </summary>
    private static Expression<Func<FandomDbContext, int, DateTime, int, int, int, int, int, int, int, int, int, int, int, IQueryable<CardRow>>> Slotted()
    {
        var db = Expression.Parameter(typeof(FandomDbContext), "db");
        var id = Expression.Parameter(typeof(int), "id");
        var now = Expression.Parameter(typeof(DateTime), "now");
        var tags = Slots("tag", TagSlots);
        var categories = Slots("category", CategorySlots);

        var candidates = tags.Select(tag => CompiledQueries.Bind(NewestOfTag, db, id, now, tag))
            .Concat(categories.Select(category => CompiledQueries.Bind(NewestOfCategory, db, id, now, category)))
            .Aggregate((all, more) => Expression.Call(typeof(Queryable), nameof(Queryable.Concat), [typeof(int)], all, more));
        var body = CompiledQueries.Bind(Ranked, db, candidates,
            Expression.NewArrayInit(typeof(int), tags), Expression.NewArrayInit(typeof(int), categories));

        return ArticleVisibility.Compilable(Expression.Lambda<Func<FandomDbContext, int, DateTime, int, int, int, int, int, int, int, int, int, int, int, IQueryable<CardRow>>>(
            body, [db, id, now, .. tags, .. categories]));

        static ParameterExpression[] Slots(string name, int count) =>
            Enumerable.Range(1, count).Select(slot => Expression.Parameter(typeof(int), $"{name}{slot}")).ToArray();
    }
}
