using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Fandom.Web.Content.Markdown.AttributedQuotes;

/// <summary>Writes an attributed quote as a quote figure; the speaker links to their person page when one matches.</summary>
public sealed class AttributedQuoteRenderer : HtmlObjectRenderer<AttributedQuoteBlock>
{
    protected override void Write(HtmlRenderer renderer, AttributedQuoteBlock quote)
    {
        QuoteFigure.Open(renderer, quote.SourceUrl);
        FandomHtmlRenderer.WriteCompact(renderer, quote);
        QuoteFigure.Caption(renderer, quote.Speaker, QuoteFigure.SlugOf(FandomHtmlRenderer.ContextOf(renderer), quote.Speaker));
        if (quote.Source is not null)
        {
            renderer.Write(", <cite>");
            renderer.WriteChildren(quote.Source);
            renderer.Write("</cite>");
        }
        QuoteFigure.Close(renderer);
    }
}
