using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Fandom.Web.Content.Markdown.Spoilers;

/// <summary>A collapsed <c>&lt;details class="spoiler"&gt;</c>: readable without JavaScript, closed until asked.</summary>
public sealed class SpoilerRenderer : HtmlObjectRenderer<SpoilerBlock>
{
    protected override void Write(HtmlRenderer renderer, SpoilerBlock block)
    {
        renderer.EnsureLine();
        renderer.Write("<details class=\"spoiler\"><summary>Spoiler");
        if (block.Title.Length > 0)
        {
            renderer.Write(": ");
            renderer.WriteEscape(block.Title);
        }
        renderer.Write("</summary>");
        FandomHtmlRenderer.WriteCompact(renderer, block);
        renderer.WriteLine("</details>");
    }
}
