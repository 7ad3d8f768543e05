using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Fandom.Web.Content.Markdown.Spoilers;

/// <summary><c>:::spoiler Title</c> … <c>:::</c> renders a collapsed details block, kept out of excerpts, feeds and search.</summary>
public sealed class SpoilerExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<SpoilerParser>())
            pipeline.BlockParsers.InsertBefore<ParagraphBlockParser>(new SpoilerParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<SpoilerRenderer>())
            html.ObjectRenderers.Insert(0, new SpoilerRenderer());
    }
}

public static class SpoilerBuilderExtensions
{
    /// <summary>Adds spoiler blocks (SPEC §5).</summary>
    public static MarkdownPipelineBuilder UseSpoilers(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<SpoilerExtension>();
        return pipeline;
    }
}
