using Markdig;
using Markdig.Renderers;

namespace Fandom.Web.Content.Markdown.SocialHandles;

/// <summary><c>@handle</c> links to the handle on the site's default social network.</summary>
public sealed class SocialHandleExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<HandleParser>())
            pipeline.InlineParsers.Add(new HandleParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HandleRenderer>())
            html.ObjectRenderers.Insert(0, new HandleRenderer());
    }
}

public static class SocialHandleBuilderExtensions
{
    /// <summary>Adds social handles (SPEC §5), linked through <see cref="RenderContext.SocialNetwork"/>.</summary>
    public static MarkdownPipelineBuilder UseSocialHandles(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<SocialHandleExtension>();
        return pipeline;
    }
}
