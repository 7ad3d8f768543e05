using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Ganss.Xss;

namespace Fandom.Web.Content;

/// <summary>
/// The allowlist every rendered article passes through: exactly what our Markdown produces,
/// plus plain formatting that writers put in raw HTML. No form controls, no style, no scripts, and no iframes:
/// the video player's iframe is made by wwwroot/js/video.js after the reader clicks, never stored.
/// Beyond what can run, what a body may pretend or fetch (docs/rich-articles.md, "Sanitizer"):
/// <list type="bullet">
/// <item>no <c>id</c> of its own and no <c>name</c>, so a body cannot clobber the page's DOM or scripts; headings keep
/// their anchors, namespaced as <c>section-…</c> (<see cref="SectionPrefix"/>), and in-body <c>#…</c> links follow;</item>
/// <item>only the classes the dialect itself emits (and <c>language-…</c> on code), so a body cannot dress text as the
/// site's own buttons, banners or staff bar;</item>
/// <item>images only from the site's own media or the configured hosts; any other image becomes a link to it, so no
/// reader's browser asks a third party for a pixel.</item>
/// </list>
/// Every rule is idempotent: stored HTML is sanitized again for feeds.
/// </summary>
public static partial class SanitizerPolicy
{
    /// <summary>What every heading anchor in a body starts with, so no anchor can take the name of the page's own ids.</summary>
    public const string SectionPrefix = "section-";

    private static readonly string[] AllowedTags =
    [
        "a", "abbr", "b", "blockquote", "br", "button", "caption", "cite", "code", "del", "details", "div", "dd", "dl", "dt",
        "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li",
        "mark", "ol", "p", "picture", "pre", "q", "s", "small", "source", "span", "strong", "sub", "summary", "sup", "table", "tbody",
        "td", "tfoot", "th", "thead", "time", "tr", "u", "ul",
    ];

    private static readonly string[] AllowedAttributes =
    [
        // id survives on headings only, namespaced (see NamespaceAnchors).
        "alt", "cite", "class", "colspan", "datetime", "height", "href", "id", "loading", "rel", "rowspan",
        "scope", "sizes", "decoding", "src", "srcset", "title", "width", "checked", "disabled", "type", "open",
        // The click-to-load video player: video.js reads these to build the player after a click.
        "data-video-host", "data-video-id",
    ];

    /// <summary>The classes our renderers write: figures, quotes, spoilers, players, handles, credits, task lists.</summary>
    private static readonly string[] DialectClasses =
    [
        "quote", "quote-speaker", "spoiler", "video", "video-play", "video-host", "image", "credit", "handle",
        "contains-task-list", "task-list-item", "task-list-item-checkbox",
    ];

    /// <param name="imageHosts">Hosts whose images may load in a body besides the site's own media (<see cref="Options.ContentOptions.ImageHosts"/>).</param>
    public static HtmlSanitizer Create(IReadOnlyCollection<string>? imageHosts = null)
    {
        var hosts = new HashSet<string>(imageHosts ?? [], StringComparer.OrdinalIgnoreCase);
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(AllowedTags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(AllowedAttributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src", "cite", "srcset"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            AllowedClasses = new HashSet<string>(DialectClasses, StringComparer.Ordinal),
        });
        // A fenced code block's language ("```js") is the one class a writer chooses; it names a language, nothing more.
        sanitizer.RemovingCssClass += (_, e) =>
        {
            if (e.Tag.LocalName == "code" && CodeLanguage().IsMatch(e.CssClass)) e.Cancel = true;
        };
        // Task-list checkboxes are the one input Markdown produces; anything else a writer types is dropped.
        sanitizer.AllowedTags.Add("input");
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IHtmlInputElement input && input.Type != "checkbox")
                input.Remove();
            else if (e.Node is IHtmlInputElement box)
            {
                box.SetAttribute("disabled", "disabled");
                // A form control needs a name; the item's text follows it, so the name says what the box means.
                box.SetAttribute("aria-label", box.HasAttribute("checked") ? "Done" : "To do");
            }
            // Narrow screens scroll a wide table sideways (site.css); keyboard users reach it to scroll it.
            else if (e.Node is IHtmlTableElement table)
                table.SetAttribute("tabindex", "0");
            // A button only ever plays a video: it can never submit anything.
            else if (e.Node is IHtmlButtonElement button)
                button.SetAttribute("type", "button");
            if (e.Node is IElement element)
            {
                NamespaceAnchors(element);
                KeepImagesOnSite(element, hosts);
            }
        };
        return sanitizer;
    }

    /// <summary>Headings keep their anchor under <see cref="SectionPrefix"/>; no other element keeps an id; <c>#…</c> links follow.</summary>
    private static void NamespaceAnchors(IElement element)
    {
        if (element.GetAttribute("id") is { } id)
        {
            if (element is IHtmlHeadingElement && id.Length > 0) element.SetAttribute("id", Namespaced(id));
            else element.RemoveAttribute("id");
        }
        if (element is IHtmlAnchorElement && element.GetAttribute("href") is { Length: > 1 } href && href[0] == '#')
            element.SetAttribute("href", "#" + Namespaced(href[1..]));
    }

    private static string Namespaced(string anchor) =>
        anchor.StartsWith(SectionPrefix, StringComparison.Ordinal) ? anchor : SectionPrefix + anchor;

    /// <summary>
    /// An image loads only from the site's media or an allowed host. Any other becomes a link to it (its alt text, or
    /// its host), or, inside a link already, just its alt text; a <c>source</c> or <c>srcset</c> elsewhere is dropped.
    /// </summary>
    private static void KeepImagesOnSite(IElement element, HashSet<string> hosts)
    {
        switch (element.LocalName)
        {
            case "source":
                if (!(element.GetAttribute("srcset") ?? element.GetAttribute("src") ?? "").Split(',').All(c => IsOnSite(FirstWord(c), hosts)))
                    element.Remove();
                break;
            case "img":
                if (element.GetAttribute("srcset") is { } srcset && !srcset.Split(',').All(c => IsOnSite(FirstWord(c), hosts)))
                    element.RemoveAttribute("srcset");
                var src = element.GetAttribute("src") ?? "";
                if (IsOnSite(src, hosts)) break;
                var document = element.Owner!;
                var alt = (element.GetAttribute("alt") ?? "").Trim();
                if (element.Closest("a") is null && Uri.TryCreate(src, UriKind.Absolute, out var offSite) && offSite.Scheme is "http" or "https")
                {
                    var link = document.CreateElement("a");
                    link.SetAttribute("href", src);
                    link.SetAttribute("rel", "nofollow noopener noreferrer");
                    link.TextContent = $"Image: {(alt.Length > 0 ? alt : offSite.Host)} ({offSite.Host})";
                    element.Replace(link);
                }
                else element.Replace(document.CreateTextNode(alt));
                break;
        }
    }

    /// <summary>A path into the site's own media, or an absolute http(s) address on an allowed host.</summary>
    private static bool IsOnSite(string url, HashSet<string> hosts)
    {
        url = url.Trim();
        if (url.StartsWith(MediaUrls.Prefix, StringComparison.Ordinal)) return !url.Contains('\\');
        return Uri.TryCreate(url, UriKind.Absolute, out var address) && address.Scheme is "http" or "https" && hosts.Contains(address.Host);
    }

    private static string FirstWord(string candidate) => candidate.Trim().Split(' ', 2)[0];

    [GeneratedRegex("^language-[A-Za-z0-9_+#-]{1,40}$")]
    private static partial Regex CodeLanguage();
}
