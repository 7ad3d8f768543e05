using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Fandom.Web.Content.Markdown.Image;

/// <summary>Writes the responsive figure; an unknown id renders nothing rather than a broken image.</summary>
public sealed class ImageBlockRenderer : HtmlObjectRenderer<ImageBlock>
{
    protected override void Write(HtmlRenderer renderer, ImageBlock block)
    {
        if (block.Media is not { } media) return;
        renderer.EnsureLine();
        renderer.Write(ResponsiveImage.Embedded(media).ToString());
        renderer.WriteLine();
    }
}
