using Markdig.Parsers;
using Markdig.Syntax;

namespace Fandom.Web.Content.Markdown.LibraryQuotes;

/// <summary>A <c>{{quote N}}</c> line: quote N of the library, looked up in the render context when written.</summary>
public sealed class LibraryQuoteBlock(BlockParser parser) : LeafBlock(parser)
{
    public required int QuoteId { get; init; }
}

/// <summary>Reads <c>{{quote N}}</c> lines; anything else starting with a brace is left to other parsers.</summary>
public sealed class LibraryQuoteParser : BlockParser
{
    public LibraryQuoteParser() => OpeningCharacters = ['{'];

    public override BlockState TryOpen(BlockProcessor processor) =>
        Shortcode.MatchId(processor, Shortcode.Quote) is { } id
            ? Shortcode.Push(processor, new LibraryQuoteBlock(this) { QuoteId = id })
            : BlockState.None;
}
