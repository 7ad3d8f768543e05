using System.Text.RegularExpressions;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Fandom.Web.Content.Markdown;

/// <summary>
/// The syntax of <c>{{name argument}}</c> shortcodes, for the block parsers that render them and for the services
/// that read a body before it is rendered (what to load for it, which media and quotes it uses). A shortcode renders
/// only from a line that is nothing but the shortcode; <c>{{image N}}</c> and <c>{{quote N}}</c> take an id,
/// one to nine digits.
/// </summary>
public static partial class Shortcode
{
    public const string Image = "image", Quote = "quote", Video = "video";

    /// <summary>The shortcode as an editor writes it, e.g. <c>{{quote 42}}</c>.</summary>
    public static string Write(string name, int id) => $"{{{{{name} {id}}}}}";

    /// <summary>The argument of <c>{{name argument}}</c> when the processor's line is exactly that, else null.</summary>
    public static string? Match(BlockProcessor processor, string name)
    {
        if (processor.IsCodeIndent) return null;
        var match = Line().Match(processor.Line.ToString());
        return match.Success && IsNamed(match, name) ? match.Groups[2].Value : null;
    }

    /// <summary>The id of <c>{{name N}}</c> when the processor's line is exactly that, else null.</summary>
    public static int? MatchId(BlockProcessor processor, string name) => Match(processor, name) is { } argument ? Id(argument) : null;

    /// <summary>
    /// Every id a body names with <c>{{name N}}</c>, wherever it stands: the ones that render, including those
    /// inside block quotes and list items, and some that do not (mid-sentence, in code), which costs a lookup at most.
    /// </summary>
    public static List<int> Ids(string? markdown, string name) =>
        Anywhere().Matches(markdown ?? "").Where(m => IsNamed(m, name))
            .Select(m => Id(m.Groups[2].Value)).OfType<int>().Distinct().ToList();

    /// <summary>
    /// The body with each <c>{{name N}}</c> whose id <paramref name="ids"/> maps written with the new id, and every
    /// other character as it was (an import moves records to new ids; the text around them is the writer's).
    /// </summary>
    public static string ReplaceIds(string markdown, string name, IReadOnlyDictionary<int, int> ids) =>
        Anywhere().Replace(markdown, m => IsNamed(m, name) && Id(m.Groups[2].Value) is { } id && ids.TryGetValue(id, out var to)
            ? m.Value[..(m.Groups[2].Index - m.Index)] + to + m.Value[(m.Groups[2].Index - m.Index + m.Groups[2].Length)..]
            : m.Value);

    /// <summary>An id argument: one to nine digits, so it always fits an int.</summary>
    public static int? Id(string argument) =>
        argument.Length is >= 1 and <= 9 && argument.All(char.IsAsciiDigit) ? int.Parse(argument) : null;

    /// <summary>Places a parsed shortcode block at the current line; the line is consumed.</summary>
    public static BlockState Push(BlockProcessor processor, LeafBlock block)
    {
        block.Line = processor.LineIndex;
        block.Column = processor.Column;
        block.Span = new SourceSpan(processor.Start, processor.Line.End);
        processor.NewBlocks.Push(block);
        return BlockState.BreakDiscard;
    }

    private static bool IsNamed(Match match, string name) => string.Equals(match.Groups[1].Value, name, StringComparison.OrdinalIgnoreCase);

    private const string Syntax = @"\{\{\s*([a-z]+)\s+(\S{1,2000}?)\s*\}\}";

    [GeneratedRegex("^" + Syntax + @"\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Line();

    [GeneratedRegex(Syntax, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Anywhere();
}
