using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Fandom.Web.Content.Markdown.AttributedQuotes;

/// <summary>
/// A pass over the parsed document: every block quote whose last paragraph starts with an em dash or
/// <c>--</c> becomes an <see cref="AttributedQuoteBlock"/>. Innermost quotes go first, so nesting works.
/// </summary>
public static class AttributedQuotePass
{
    private const int MaxSpeakerLength = 200;

    public static void Process(MarkdownDocument document)
    {
        var quotes = document.Descendants<QuoteBlock>().ToList();
        for (var i = quotes.Count - 1; i >= 0; i--) Transform(quotes[i]);
    }

    private static void Transform(QuoteBlock quote)
    {
        if (quote.Count < 2 || quote[^1] is not ParagraphBlock last || quote.Parent is not { } parent) return;
        if (Parse(last) is not { } attribution) return;

        var attributed = new AttributedQuoteBlock
        {
            Speaker = attribution.Speaker,
            Source = attribution.Source,
            SourceUrl = attribution.Source?.FindDescendants<LinkInline>().FirstOrDefault(l => !l.IsImage)?.Url,
            Line = quote.Line, Column = quote.Column, Span = quote.Span,
        };
        quote.RemoveAt(quote.Count - 1);
        while (quote.Count > 0)
        {
            var child = quote[0];
            quote.RemoveAt(0);
            attributed.Add(child);
        }
        var index = parent.IndexOf(quote);
        parent.RemoveAt(index);
        parent.Insert(index, attributed);
    }

    private static (string Speaker, ContainerInline? Source)? Parse(ParagraphBlock paragraph)
    {
        if (paragraph.Inline?.FirstChild is not LiteralInline first) return null;
        var opening = first.Content.ToString().TrimStart();
        string rest;
        if (opening.StartsWith('—')) rest = opening[1..];
        else if (opening.StartsWith("--")) rest = opening[2..];
        else return null;

        var speaker = new StringBuilder();
        ContainerInline? source = null;
        foreach (var child in paragraph.Inline.ToList())
        {
            if (source is not null)
            {
                child.Remove();
                source.AppendChild(child);
                continue;
            }
            if (child is LiteralInline literal)
            {
                var text = child == first ? rest : literal.Content.ToString();
                var comma = text.IndexOf(',');
                if (comma < 0)
                {
                    speaker.Append(text);
                    continue;
                }
                speaker.Append(text[..comma]);
                source = new ContainerInline();
                var after = text[(comma + 1)..].TrimStart();
                if (after.Length > 0) source.AppendChild(new LiteralInline(after));
            }
            else
            {
                speaker.Append(Inlines.PlainText(child));
            }
        }
        var name = speaker.ToString().Trim();
        if (name.Length == 0 || name.Length > MaxSpeakerLength) return null;
        return (name, source is { FirstChild: not null } ? source : null);
    }
}
