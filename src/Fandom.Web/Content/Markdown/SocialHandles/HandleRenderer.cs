using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Fandom.Web.Content.Markdown.SocialHandles;

/// <summary>Links a handle to its profile on the site's network; inside a link, or with no profile, it stays text.</summary>
public sealed class HandleRenderer : HtmlObjectRenderer<HandleInline>
{
    protected override void Write(HtmlRenderer renderer, HandleInline handle)
    {
        var url = InsideLink(handle) ? null
            : SocialNetworks.ProfileUrl(FandomHtmlRenderer.ContextOf(renderer).SocialNetwork, handle.User, handle.Instance);
        if (url is null)
        {
            renderer.WriteEscape(handle.Text);
            return;
        }
        renderer.Write("<a class=\"handle\" href=\"");
        renderer.WriteEscapeUrl(url);
        renderer.Write("\">");
        renderer.WriteEscape(handle.Text);
        renderer.Write("</a>");
    }

    private static bool InsideLink(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
            if (parent is LinkInline) return true;
        return false;
    }
}
