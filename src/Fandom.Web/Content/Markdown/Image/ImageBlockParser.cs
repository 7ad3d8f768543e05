using Markdig.Parsers;

namespace Fandom.Web.Content.Markdown.Image;

/// <summary>Recognises a line holding only <c>{{image N}}</c>.</summary>
public sealed class ImageBlockParser : BlockParser
{
    public ImageBlockParser() => OpeningCharacters = ['{'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (Shortcode.MatchId(processor, Shortcode.Image) is not { } id) return BlockState.None;
        var context = processor.Context?.Properties.Values.OfType<RenderContext>().FirstOrDefault();
        return Shortcode.Push(processor, new ImageBlock(this) { MediaId = id, Media = context?.Media.GetValueOrDefault(id) });
    }
}
