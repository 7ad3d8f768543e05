using Fandom.Web.Services.Site;
using Markdig.Renderers;

namespace Fandom.Web.Content.Markdown;

/// <summary>
/// The figure every quote renders as, written inline in Markdown or embedded from the library:
/// <c>&lt;figure class="quote"&gt;&lt;blockquote cite&gt;…&lt;/blockquote&gt;&lt;figcaption&gt;— speaker, &lt;cite&gt;source&lt;/cite&gt;&lt;/figcaption&gt;&lt;/figure&gt;</c>.
/// </summary>
public static class QuoteFigure
{
    public static void Open(HtmlRenderer renderer, string? citeUrl)
    {
        renderer.Write("<figure class=\"quote\"><blockquote");
        if (IsWebUrl(citeUrl))
        {
            renderer.Write(" cite=\"");
            renderer.WriteEscapeUrl(citeUrl);
            renderer.Write('"');
        }
        renderer.Write('>');
    }

    /// <summary>Closes the blockquote and writes the caption up to the source, which the caller writes, if any.</summary>
    public static void Caption(HtmlRenderer renderer, string speaker, string? speakerSlug)
    {
        renderer.Write("</blockquote><figcaption>— <span class=\"quote-speaker\">");
        if (speakerSlug is not null)
        {
            renderer.Write("<a href=\"");
            renderer.WriteEscapeUrl(ReaderUrls.Person(speakerSlug));
            renderer.Write("\">");
            renderer.WriteEscape(speaker);
            renderer.Write("</a>");
        }
        else
        {
            renderer.WriteEscape(speaker);
        }
        renderer.Write("</span>");
    }

    public static void Close(HtmlRenderer renderer) => renderer.WriteLine("</figcaption></figure>");

    /// <summary>The slug of the Person a speaker's name matches, if any.</summary>
    public static string? SlugOf(RenderContext context, string speaker) =>
        context.PersonSlugsByName.TryGetValue(speaker, out var slug) ? slug : null;

    public static bool IsWebUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
