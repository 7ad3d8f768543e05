using Markdig.Renderers;
using Markdig.Syntax;

namespace Fandom.Web.Content.Markdown;

/// <summary>
/// An HTML renderer for one render call, carrying the data the dialect's renderers need. The pipeline is
/// shared between threads; this renderer is not, so the context travels with it instead of the pipeline.
/// </summary>
public sealed class FandomHtmlRenderer(TextWriter writer, RenderContext context) : HtmlRenderer(writer)
{
    public RenderContext Context { get; } = context;

    /// <summary>The context of a render, or the empty one when Markdig's own renderer is used.</summary>
    public static RenderContext ContextOf(HtmlRenderer renderer) =>
        renderer is FandomHtmlRenderer fandom ? fandom.Context : RenderContext.Empty;

    /// <summary>
    /// Writes a container's blocks with paragraphs on one line, so figures and spoilers come out as
    /// compact, predictable HTML; other blocks use their usual renderers.
    /// </summary>
    public static void WriteCompact(HtmlRenderer renderer, ContainerBlock container)
    {
        foreach (var block in container)
        {
            if (block is ParagraphBlock paragraph)
            {
                renderer.Write("<p>");
                renderer.WriteLeafInline(paragraph);
                renderer.Write("</p>");
            }
            else
            {
                renderer.Write(block);
            }
        }
    }
}
