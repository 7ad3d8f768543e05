using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Fandom.Web.Services.Import;

/// <summary>
/// What WordPress does to a post's content before showing it, done once so the HTML converter sees plain HTML:
/// <c>[caption]</c> becomes a figure, <c>[gallery]</c> its images, <c>[embed]</c> a bare address, and a classic
/// post's blank lines become paragraphs (wpautop). Block markup (<c>&lt;!-- wp:… --&gt;</c>) is HTML already.
/// </summary>
public static partial class WordPressMarkup
{
    public static string ToHtml(string content, Func<IReadOnlyList<string>, IEnumerable<ImportedImage>> gallery)
    {
        var html = Caption().Replace(content, m =>
        {
            var inner = m.Groups[2].Value;
            var image = LeadingImage().Match(inner);
            var caption = Attribute(m.Groups[1].Value, "caption") ?? (image.Success ? inner[image.Length..] : "").Trim();
            var picture = image.Success ? image.Value : inner;
            return $"\n\n<figure class=\"wp-caption\">{picture}<figcaption>{caption}</figcaption></figure>\n\n";
        });
        html = Gallery().Replace(html, m =>
        {
            var ids = (Attribute(m.Groups[1].Value, "ids") ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var figures = gallery(ids).Select(i =>
                $"<figure><img src=\"{WebUtility.HtmlEncode(i.Source)}\" alt=\"{WebUtility.HtmlEncode(i.Alt ?? "")}\">" +
                (i.Caption is { Length: > 0 } c ? $"<figcaption>{WebUtility.HtmlEncode(c)}</figcaption>" : "") + "</figure>");
            return $"\n\n<div class=\"gallery\">{string.Concat(figures)}</div>\n\n";
        });
        html = Embed().Replace(html, m => $"\n\n{m.Groups[1].Value.Trim()}\n\n");
        return html.Contains("<!-- wp:", StringComparison.Ordinal) ? html : AutoParagraphs(html);
    }

    /// <summary>
    /// WordPress's wpautop, in short: text between blank lines is a paragraph and a single line break inside it a
    /// <c>&lt;br&gt;</c>; a chunk that starts with a block element is left as it is.
    /// </summary>
    private static string AutoParagraphs(string html)
    {
        var result = new StringBuilder();
        foreach (var chunk in BlankLine().Split(html.Replace("\r\n", "\n")))
        {
            var text = chunk.Trim();
            if (text.Length == 0) continue;
            result.Append(StartsWithBlock().IsMatch(text) ? text : $"<p>{text.Replace("\n", "<br>\n")}</p>").Append('\n');
        }
        return result.ToString();
    }

    private static string? Attribute(string attributes, string name)
    {
        var match = Regex.Match(attributes, $@"\b{name}\s*=\s*(?:""([^""]*)""|'([^']*)')");
        return match.Success ? (match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value) : null;
    }

    [GeneratedRegex(@"\[caption([^\]]*)\](.*?)\[/caption\]", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    [GeneratedRegex(@"^\s*(?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*</a>)?", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingImage();

    [GeneratedRegex(@"\[gallery([^\]]*)\]", RegexOptions.IgnoreCase)]
    private static partial Regex Gallery();

    [GeneratedRegex(@"\[embed[^\]]*\](.*?)\[/embed\]", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Embed();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"^<(p|div|h[1-6]|ul|ol|li|blockquote|figure|table|pre|hr|dl|details|section|iframe|address|!--)[\s>/]", RegexOptions.IgnoreCase)]
    private static partial Regex StartsWithBlock();
}
