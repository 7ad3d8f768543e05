using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Fandom.Web.Content.Markdown;

/// <summary>Reading the visible text out of parsed Markdown, for names, sources and the quote library.</summary>
public static class Inlines
{
    public static string PlainText(Inline? inline)
    {
        var text = new StringBuilder();
        Append(text, inline);
        return text.ToString();
    }

    /// <summary>The text of a container's paragraphs, one paragraph per line pair; nested quotes are left out.</summary>
    public static string ParagraphText(ContainerBlock container) =>
        string.Join("\n\n", container.OfType<ParagraphBlock>().Select(p => PlainText(p.Inline).Trim()).Where(t => t.Length > 0));

    private static void Append(StringBuilder text, Inline? inline)
    {
        switch (inline)
        {
            case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
            case CodeInline code: text.Append(code.Content); break;
            case LineBreakInline: text.Append(' '); break;
            case HtmlEntityInline entity: text.Append(entity.Transcoded.AsSpan()); break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling) Append(text, child);
                break;
        }
    }
}
