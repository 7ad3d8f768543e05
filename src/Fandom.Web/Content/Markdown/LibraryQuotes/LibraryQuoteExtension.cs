using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Fandom.Web.Content.Markdown.LibraryQuotes;

/// <summary><c>{{quote N}}</c> embeds quote N of the library as a quote figure.</summary>
public sealed class LibraryQuoteExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<LibraryQuoteParser>())
            pipeline.BlockParsers.InsertBefore<ParagraphBlockParser>(new LibraryQuoteParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<LibraryQuoteRenderer>())
            html.ObjectRenderers.Insert(0, new LibraryQuoteRenderer());
    }
}

public static class LibraryQuoteBuilderExtensions
{
    /// <summary>Adds library quotes (SPEC §5): a line <c>{{quote 42}}</c>, resolved from <see cref="RenderContext.Quotes"/>.</summary>
    public static MarkdownPipelineBuilder UseLibraryQuotes(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<LibraryQuoteExtension>();
        return pipeline;
    }
}
