using Markdig;
using Markdig.Renderers;

namespace Fandom.Web.Content.Markdown.Image;

/// <summary>
/// <c>{{image N}}</c> on a line of its own embeds media item N as a responsive figure.
/// The item comes from the <see cref="RenderContext"/> handed to the parse in
/// <see cref="MarkdownParserContext.Properties"/>: the extension never queries anything.
/// </summary>
public sealed class ImageExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<ImageBlockParser>())
            pipeline.BlockParsers.Insert(0, new ImageBlockParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<ImageBlockRenderer>())
            html.ObjectRenderers.Insert(0, new ImageBlockRenderer());
    }
}

public static class ImageExtensionBuilder
{
    /// <summary>Adds <c>{{image N}}</c> figures (see <see cref="ImageExtension"/>).</summary>
    public static MarkdownPipelineBuilder UseImages(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<ImageExtension>();
        return pipeline;
    }
}
