using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Fandom.Web.Content.Markdown.Videos;

/// <summary><c>{{video URL}}</c> renders a click-to-load YouTube or Vimeo player, or a plain link.</summary>
public sealed class VideoExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<VideoParser>())
            pipeline.BlockParsers.InsertBefore<ParagraphBlockParser>(new VideoParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<VideoRenderer>())
            html.ObjectRenderers.Insert(0, new VideoRenderer());
    }
}

public static class VideoBuilderExtensions
{
    /// <summary>Adds video embeds (SPEC §5): a line <c>{{video https://…}}</c>.</summary>
    public static MarkdownPipelineBuilder UseVideos(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<VideoExtension>();
        return pipeline;
    }
}
