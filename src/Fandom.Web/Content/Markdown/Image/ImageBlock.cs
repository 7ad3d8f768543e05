using Markdig.Parsers;
using Markdig.Syntax;

namespace Fandom.Web.Content.Markdown.Image;

/// <summary>A <c>{{image N}}</c> line: media item N, resolved from the render context while parsing.</summary>
public sealed class ImageBlock(BlockParser parser) : LeafBlock(parser)
{
    public int MediaId { get; init; }

    /// <summary>The item as the render context supplied it; null when the id is unknown (then nothing is rendered).</summary>
    public MediaEmbed? Media { get; init; }
}
