using System.Linq.Expressions;
using Fandom.Data.Entities;
using Fandom.Web.Services.Articles;

namespace Fandom.Web.Services.Editorial;

/// <summary>The byline staff pages show: the authors' display names in alphabetical order.</summary>
public static class StaffBylines
{
    private static readonly Expression<Func<Article, List<string>>> Names =
        a => a.Authors.OrderBy(u => u.DisplayName).Select(u => u.DisplayName).ToList();

    /// <summary>
    /// A projection of an article that reads its byline too: <paramref name="projection"/> gets the names as its second
    /// argument. The byline is written into the projection's expression, so EF translates it as if written in place.
    /// </summary>
    public static Expression<Func<Article, T>> With<T>(Expression<Func<Article, List<string>, T>> projection)
    {
        var article = projection.Parameters[0];
        return Expression.Lambda<Func<Article, T>>(CompiledQueries.Bind(projection, article, CompiledQueries.Bind(Names, article)), article);
    }
}
