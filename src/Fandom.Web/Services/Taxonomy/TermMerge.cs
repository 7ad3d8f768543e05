using Fandom.Data.Entities;

namespace Fandom.Web.Services.Taxonomy;

/// <summary>What merging one category or tag into another does to the articles filed under it.</summary>
public static class TermMerge
{
    /// <summary>Files every article of <paramref name="source"/> under <paramref name="target"/> instead, once; returns how many moved.</summary>
    public static int MoveArticles<TTerm>(List<Article> articles, Func<Article, List<TTerm>> termsOf, TTerm source, TTerm target)
    {
        var moved = articles.Count;
        foreach (var article in articles.ToList())
        {
            var terms = termsOf(article);
            terms.Remove(source);
            if (!terms.Contains(target)) terms.Add(target);
        }
        return moved;
    }
}
