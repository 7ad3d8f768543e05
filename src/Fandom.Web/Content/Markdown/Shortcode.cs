using System.Text.RegularExpressions;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Fandom.Web.Content.Markdown;

/// <summary>
/// Shared by the block parsers of <c>{{name argument}}</c> lines: a shortcode is a whole line of its own,
/// so the argument is read only from a line that is nothing but the shortcode.
/// </summary>
public static partial class Shortcode
{
    /// <summary>The argument of <c>{{name argument}}</c> when the processor's line is exactly that, else null.</summary>
    public static string? Match(BlockProcessor processor, string name)
    {
        if (processor.IsCodeIndent) return null;
        var match = Pattern().Match(processor.Line.ToString());
        return match.Success && string.Equals(match.Groups[1].Value, name, StringComparison.OrdinalIgnoreCase) ? match.Groups[2].Value : null;
    }

    /// <summary>Places a parsed shortcode block at the current line; the line is consumed.</summary>
    public static BlockState Push(BlockProcessor processor, LeafBlock block)
    {
        block.Line = processor.LineIndex;
        block.Column = processor.Column;
        block.Span = new SourceSpan(processor.Start, processor.Line.End);
        processor.NewBlocks.Push(block);
        return BlockState.BreakDiscard;
    }

    [GeneratedRegex(@"^\{\{\s*([a-z]+)\s+(\S{1,2000}?)\s*\}\}\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
