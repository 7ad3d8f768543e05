using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Fandom.Web.Content.Markdown.LibraryQuotes;

/// <summary>
/// Writes a library quote as the same figure an inline attributed quote makes. A quote that does not exist
/// (deleted, or a mistyped id) writes nothing: readers never see a broken embed; the editor flags it.
/// </summary>
public sealed class LibraryQuoteRenderer : HtmlObjectRenderer<LibraryQuoteBlock>
{
    protected override void Write(HtmlRenderer renderer, LibraryQuoteBlock block)
    {
        if (!FandomHtmlRenderer.ContextOf(renderer).Quotes.TryGetValue(block.QuoteId, out var quote)) return;

        var url = QuoteFigure.IsWebUrl(quote.SourceUrl) ? quote.SourceUrl : null;
        QuoteFigure.Open(renderer, url);
        foreach (var paragraph in quote.Text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            renderer.Write("<p>");
            renderer.WriteEscape(paragraph);
            renderer.Write("</p>");
        }
        QuoteFigure.Caption(renderer, quote.SpeakerName, quote.SpeakerSlug);
        var name = string.IsNullOrWhiteSpace(quote.SourceName) ? url is null ? null : new Uri(url).Host : quote.SourceName.Trim();
        if (name is not null)
        {
            renderer.Write(", <cite>");
            if (url is not null)
            {
                renderer.Write("<a href=\"");
                renderer.WriteEscapeUrl(url);
                renderer.Write("\">");
                renderer.WriteEscape(name);
                renderer.Write("</a>");
            }
            else
            {
                renderer.WriteEscape(name);
            }
            renderer.Write("</cite>");
        }
        QuoteFigure.Close(renderer);
    }
}
