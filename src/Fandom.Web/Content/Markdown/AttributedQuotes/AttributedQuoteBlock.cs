using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Fandom.Web.Content.Markdown.AttributedQuotes;

/// <summary>A block quote whose last paragraph named who said it: "— Speaker, Source".</summary>
public sealed class AttributedQuoteBlock() : ContainerBlock(null)
{
    public required string Speaker { get; init; }

    /// <summary>What follows the speaker's comma (text, links, emphasis), or null when no source was given.</summary>
    public ContainerInline? Source { get; init; }

    /// <summary>The first link of the source, which becomes the blockquote's cite.</summary>
    public string? SourceUrl { get; init; }

    public string SourceName => Inlines.PlainText(Source).Trim();

    /// <summary>The quoted words as plain text, for the quote library.</summary>
    public string Text => Inlines.ParagraphText(this);
}
