using Markdig;
using Markdig.Renderers;

namespace Fandom.Web.Content.Markdown.AttributedQuotes;

/// <summary>Block quotes ending in "— Speaker, Source" render as figures with the attribution as caption.</summary>
public sealed class AttributedQuoteExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= AttributedQuotePass.Process;
        pipeline.DocumentProcessed += AttributedQuotePass.Process;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<AttributedQuoteRenderer>())
            html.ObjectRenderers.Insert(0, new AttributedQuoteRenderer());
    }
}

public static class AttributedQuoteBuilderExtensions
{
    /// <summary>Adds attributed quotes (SPEC §5): a block quote whose last paragraph starts with — or --.</summary>
    public static MarkdownPipelineBuilder UseAttributedQuotes(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<AttributedQuoteExtension>();
        return pipeline;
    }
}
