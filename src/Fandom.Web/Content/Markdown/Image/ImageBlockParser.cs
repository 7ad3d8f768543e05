using System.Text.RegularExpressions;
using Markdig.Parsers;

namespace Fandom.Web.Content.Markdown.Image;

/// <summary>Recognises a line holding only <c>{{image N}}</c>.</summary>
public sealed partial class ImageBlockParser : BlockParser
{
    public ImageBlockParser() => OpeningCharacters = ['{'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent) return BlockState.None;
        var match = Shortcode().Match(processor.Line.ToString());
        if (!match.Success || !int.TryParse(match.Groups[1].Value, out var id)) return BlockState.None;

        var context = processor.Context?.Properties.Values.OfType<RenderContext>().FirstOrDefault();
        processor.NewBlocks.Push(new ImageBlock(this)
        {
            MediaId = id,
            Media = context?.Media.GetValueOrDefault(id),
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new(processor.Line.Start, processor.Line.End),
        });
        return BlockState.BreakDiscard;
    }

    [GeneratedRegex(@"^\{\{\s*image\s+(\d{1,9})\s*\}\}\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Shortcode();
}
