using System.Linq.Expressions;
using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Content;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Articles;

/// <summary>
/// Renders an article's body with everything it refers to and stores the results on the article:
/// the one place that sets BodyHtml, so saves, quote edits and pipeline upgrades render alike.
/// </summary>
public sealed class ArticleRenderer(ContentRenderer renderer, RenderContextLoader loader, FandomDbContext db)
{
    public async Task<RenderedContent> RenderAsync(Article article, CancellationToken ct = default)
    {
        var rendered = renderer.Render(article.Body, await loader.LoadAsync(article.Body, ct));
        article.BodyHtml = rendered.Html;
        article.RenderVersion = ContentRenderer.Version;
        article.Excerpt = ContentRenderer.Excerpt(rendered.PlainText);
        article.WordCount = rendered.WordCount;
        article.SearchText = $"{article.Title}\n{article.Dek}\n{rendered.PlainText}";
        return rendered;
    }

    /// <summary>
    /// Saves a change that articles show (a quote's words, an image's caption), then re-renders the articles that show
    /// it from the saved change. One transaction: reader pages are evicted when it commits, with the change in both,
    /// never between the two saves.
    /// </summary>
    public async Task SaveAndRerenderAsync(Expression<Func<Article, bool>> showing, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        foreach (var article in await db.Articles.Where(showing).ToListAsync(ct)) await RenderAsync(article, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>The attributed quotes written in an article's body, for the quote library.</summary>
    public IReadOnlyList<InlineQuote> InlineQuotes(Article article) => renderer.InlineQuotes(article.Body);
}
