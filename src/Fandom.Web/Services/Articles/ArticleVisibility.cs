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
        // "now" enters as a captured variable, as in a hand-written lambda: EF sends it as the parameter @nowUtc.
        articles.Where(Rule<T>(((Expression<Func<DateTime>>)(() => nowUtc)).Body));

    /// <summary>The same rule for one article already in memory.</summary>
    public static bool IsVisibleAt(ArticleStatus status, DateTime? publishAtUtc, DateTime? unpublishAtUtc, DateTime nowUtc) =>
        status == ArticleStatus.Published && publishAtUtc <= nowUtc && (unpublishAtUtc == null || unpublishAtUtc > nowUtc);

    /// <summary>
    /// A query for <c>EF.CompileAsyncQuery</c> (see <see cref="CompiledQueries"/>) with its <see cref="VisibleAt"/> calls
    /// written out as the rule itself, "now" being one of the compiled query's parameters rather than a captured value.
    /// </summary>
    public static Expression<Func<T1, T2, T3, T4, TResult>> Compilable<T1, T2, T3, T4, TResult>(Expression<Func<T1, T2, T3, T4, TResult>> query) =>
        (Expression<Func<T1, T2, T3, T4, TResult>>)new Inliner().Visit(query);

    /// <summary>The rule itself, with "now" as whatever expression the query has for it.</summary>
    private static Expression<Func<T, bool>> Rule<T>(Expression now) where T : IReaderVisibility
    {
        var rule = RuleOf<T>.Lambda;
        return Expression.Lambda<Func<T, bool>>(CompiledQueries.Bind(rule, rule.Parameters[0], now), rule.Parameters[0]);
    }

    private static class RuleOf<T> where T : IReaderVisibility
    {
        public static readonly Expression<Func<T, DateTime, bool>> Lambda = (a, nowUtc) => a.Status == ArticleStatus.Published
            && a.PublishAtUtc <= nowUtc
            && (a.UnpublishAtUtc == null || a.UnpublishAtUtc > nowUtc);
    }

    private sealed class Inliner : ExpressionVisitor
    {
        private static readonly System.Reflection.MethodInfo RuleMethod =
            typeof(ArticleVisibility).GetMethod(nameof(Rule), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType != typeof(ArticleVisibility) || node.Method.Name != nameof(VisibleAt))
                return base.VisitMethodCall(node);
            var type = node.Method.GetGenericArguments()[0];
            var rule = (LambdaExpression)RuleMethod.MakeGenericMethod(type).Invoke(null, [node.Arguments[1]])!;
            return Expression.Call(typeof(Queryable), nameof(Queryable.Where), [type], Visit(node.Arguments[0]), Expression.Quote(rule));
        }
    }
}
