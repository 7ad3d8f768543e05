using System.Linq.Expressions;
using Fandom.Data.Entities;

namespace Fandom.Web.Services.Articles;

public static class ArticleVisibility
{
    /// <summary>
    /// The one rule for what readers see (SPEC §4): published, publish time reached, not yet taken down.
    /// Every reader surface filters through this; scheduling needs no job because "now" moves. It applies to articles
    /// and to their list rows, which carry a copy of the same fields (<see cref="ArticleListing"/>).
    /// </summary>
    public static IQueryable<T> VisibleAt<T>(this IQueryable<T> articles, DateTime nowUtc) where T : class, IReaderVisibility =>
        articles.Where(Rule<T>(Visible, Captured(nowUtc)));

    /// <summary>The same rule for one article already in memory: the same expression, compiled.</summary>
    public static bool IsVisibleAt(ArticleStatus status, DateTime? publishAtUtc, DateTime? unpublishAtUtc, DateTime nowUtc) =>
        IsVisible(status, publishAtUtc, unpublishAtUtc, nowUtc);

    /// <summary>Scheduled: published with a publish time still to come, so readers will see it then without another save.</summary>
    public static IQueryable<T> ScheduledAt<T>(this IQueryable<T> articles, DateTime nowUtc) where T : class, IReaderVisibility =>
        articles.Where(Rule<T>(Scheduled, Captured(nowUtc)));

    /// <summary>The same rule for one article already in memory: the same expression, compiled.</summary>
    public static bool IsScheduledAt(ArticleStatus status, DateTime? publishAtUtc, DateTime nowUtc) =>
        IsScheduled(status, publishAtUtc, null, nowUtc);

    /// <summary>
    /// The future instants at which what readers see changes by itself, one per article that has one: a scheduled
    /// article's publish time, else a published article's unpublish time. A published article's publish time comes
    /// before its unpublish time, so the earlier future one is its next change.
    /// </summary>
    public static IQueryable<DateTime?> NextChangesAfter(this IQueryable<Article> articles, DateTime nowUtc) =>
        articles
            .Where(a => a.Status == ArticleStatus.Published && (a.PublishAtUtc > nowUtc || a.UnpublishAtUtc > nowUtc))
            .Select(a => a.PublishAtUtc > nowUtc ? a.PublishAtUtc : a.UnpublishAtUtc);

    /// <summary>
    /// A query for <c>EF.CompileAsyncQuery</c> (see <see cref="CompiledQueries"/>) with its <see cref="VisibleAt"/> calls
    /// written out as the rule itself, "now" being one of the compiled query's parameters rather than a captured value.
    /// </summary>
    public static Expression<Func<T1, T2, T3, T4, TResult>> Compilable<T1, T2, T3, T4, TResult>(Expression<Func<T1, T2, T3, T4, TResult>> query) =>
        Compilable<Func<T1, T2, T3, T4, TResult>>(query);

    /// <summary>The same for a query put together from expressions (lambdas written in place take the overload above).</summary>
    public static Expression<TQuery> Compilable<TQuery>(Expression<TQuery> query) where TQuery : Delegate =>
        (Expression<TQuery>)new Inliner().Visit(query);

    // Each rule is written once, over the fields every article and list row has; queries bind the fields to the row
    // (so EF translates the very same expression) and in-memory checks run it compiled.
    private static readonly Expression<Func<ArticleStatus, DateTime?, DateTime?, DateTime, bool>> Visible =
        (status, publishAtUtc, unpublishAtUtc, nowUtc) => status == ArticleStatus.Published
            && publishAtUtc <= nowUtc
            && (unpublishAtUtc == null || unpublishAtUtc > nowUtc);

    private static readonly Expression<Func<ArticleStatus, DateTime?, DateTime?, DateTime, bool>> Scheduled =
        (status, publishAtUtc, unpublishAtUtc, nowUtc) => status == ArticleStatus.Published && publishAtUtc > nowUtc;

    private static readonly Func<ArticleStatus, DateTime?, DateTime?, DateTime, bool> IsVisible = Visible.Compile();
    private static readonly Func<ArticleStatus, DateTime?, DateTime?, DateTime, bool> IsScheduled = Scheduled.Compile();

    /// <summary>"Now" as a captured variable, as in a hand-written lambda: EF sends it as the parameter @nowUtc.</summary>
    private static Expression Captured(DateTime nowUtc) => ((Expression<Func<DateTime>>)(() => nowUtc)).Body;

    /// <summary>A rule applied to a row of type <typeparamref name="T"/>, with "now" as whatever expression the query has for it.</summary>
    private static Expression<Func<T, bool>> Rule<T>(LambdaExpression rule, Expression now) where T : IReaderVisibility
    {
        var row = FieldsOf<T>.Row;
        return Expression.Lambda<Func<T, bool>>(
            CompiledQueries.Bind(rule, FieldsOf<T>.Status.Body, FieldsOf<T>.PublishAtUtc.Body, FieldsOf<T>.UnpublishAtUtc.Body, now), row);
    }

    /// <summary>The fields the rules read, as member accesses on one row parameter.</summary>
    private static class FieldsOf<T> where T : IReaderVisibility
    {
        public static readonly Expression<Func<T, ArticleStatus>> Status = a => a.Status;
        public static readonly ParameterExpression Row = Status.Parameters[0];
        public static readonly Expression<Func<T, DateTime?>> PublishAtUtc = Bound(a => a.PublishAtUtc);
        public static readonly Expression<Func<T, DateTime?>> UnpublishAtUtc = Bound(a => a.UnpublishAtUtc);

        private static Expression<Func<T, DateTime?>> Bound(Expression<Func<T, DateTime?>> field) =>
            Expression.Lambda<Func<T, DateTime?>>(CompiledQueries.Bind(field, Row), Row);
    }

    private sealed class Inliner : ExpressionVisitor
    {
        private static readonly System.Reflection.MethodInfo RuleMethod =
            typeof(ArticleVisibility).GetMethod(nameof(Rule), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType != typeof(ArticleVisibility) || node.Method.Name is not (nameof(VisibleAt) or nameof(ScheduledAt)))
                return base.VisitMethodCall(node);
            var type = node.Method.GetGenericArguments()[0];
            var rule = (LambdaExpression)RuleMethod.MakeGenericMethod(type)
                .Invoke(null, [node.Method.Name == nameof(VisibleAt) ? Visible : Scheduled, node.Arguments[1]])!;
            return Expression.Call(typeof(Queryable), nameof(Queryable.Where), [type], Visit(node.Arguments[0]), Expression.Quote(rule));
        }
    }
}
