using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Fandom.Web.Services.Articles;

/// <summary>
/// Helpers for the reader's hot queries, which are compiled once with <c>EF.CompileAsyncQuery</c>: a compiled query
/// skips building, parameterizing and looking up its expression tree on every request, which was most of what EF
/// spent on a reader page. Its expression may hold only what EF translates, so these put it together beforehand.
/// </summary>
public static class CompiledQueries
{
    /// <summary>A query compiled once per EF model (see <see cref="PerModel{TQuery}"/>).</summary>
    public static PerModel<TQuery> PerModel<TQuery>(Func<TQuery> compile) where TQuery : class => new(compile);

    /// <summary>Several queries of the same parameters, one after the other (<c>UNION ALL</c>), as one query.</summary>
    public static Expression<Func<TContext, TParam, IQueryable<T>>> Concat<TContext, TParam, T>(
        params Expression<Func<TContext, TParam, IQueryable<T>>>[] parts)
    {
        var first = parts[0];
        var body = parts.Skip(1).Aggregate(first.Body, (all, part) => Expression.Call(
            typeof(Queryable), nameof(Queryable.Concat), [typeof(T)], all, Bind(part, first.Parameters[0], first.Parameters[1])));
        return Expression.Lambda<Func<TContext, TParam, IQueryable<T>>>(body, first.Parameters);
    }

    /// <summary>The body of <paramref name="lambda"/> with its parameters replaced by the given expressions.</summary>
    public static Expression Bind(LambdaExpression lambda, params Expression[] arguments) =>
        new Replacer(lambda.Parameters, arguments).Visit(lambda.Body);

    private sealed class Replacer(IReadOnlyList<ParameterExpression> parameters, IReadOnlyList<Expression> arguments) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node)
        {
            for (var i = 0; i < parameters.Count; i++)
                if (parameters[i] == node) return arguments[i];
            return node;
        }
    }
}

/// <summary>
/// A compiled query for each EF model it runs against: EF binds a compiled query to the model it first ran with, and
/// one process can hold several models (the test host runs the app on SQLite and on PostgreSQL side by side).
/// </summary>
public sealed class PerModel<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> compiled = new();

    public TQuery For(DbContext db) => compiled.TryGetValue(db.Model, out var query) ? query : compiled.GetValue(db.Model, _ => compile());
}
