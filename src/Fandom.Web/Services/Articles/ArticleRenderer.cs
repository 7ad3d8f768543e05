using Fandom.Data.Entities;
using Fandom.Web.Content;

namespace Fandom.Web.Services.Articles;

/// <summary>
/// Renders an article's body with everything it refers to and stores the results on the article:
/// the one place that sets BodyHtml, so saves, quote edits and pipeline upgrades render alike.
/// </summary>
public sealed class ArticleRenderer(ContentRenderer renderer, RenderContextLoader loader)
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

    /// <summary>The attributed quotes written in an article's body, for the quote library.</summary>
    public IReadOnlyList<InlineQuote> InlineQuotes(Article article) => renderer.InlineQuotes(article.Body);
}
