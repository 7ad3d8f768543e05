using Ganss.Xss;

namespace Fandom.Web.Content;

/// <summary>
/// The allowlist every rendered article passes through: exactly what our Markdown produces,
/// plus plain formatting that writers put in raw HTML. No form controls, no style, no scripts, and no iframes:
/// the video player's iframe is made by wwwroot/js/video.js after the reader clicks, never stored.
/// </summary>
public static class SanitizerPolicy
{
    private static readonly string[] AllowedTags =
    [
        "a", "abbr", "b", "blockquote", "br", "button", "caption", "cite", "code", "del", "details", "div", "dd", "dl", "dt",
        "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li",
        "mark", "ol", "p", "picture", "pre", "q", "s", "small", "source", "span", "strong", "sub", "summary", "sup", "table", "tbody",
        "td", "tfoot", "th", "thead", "time", "tr", "u", "ul",
    ];

    private static readonly string[] AllowedAttributes =
    [
        "alt", "cite", "class", "colspan", "datetime", "height", "href", "id", "loading", "rel", "rowspan",
        "scope", "sizes", "decoding", "src", "srcset", "title", "width", "checked", "disabled", "type", "open",
        // The click-to-load video player: video.js reads these to build the player after a click.
        "data-video-host", "data-video-id",
    ];

    public static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(AllowedTags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(AllowedAttributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src", "cite", "srcset"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        });
        // Task-list checkboxes are the one input Markdown produces; anything else a writer types is dropped.
        sanitizer.AllowedTags.Add("input");
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Html.Dom.IHtmlInputElement input && input.Type != "checkbox")
                input.Remove();
            else if (e.Node is AngleSharp.Html.Dom.IHtmlInputElement box)
            {
                box.SetAttribute("disabled", "disabled");
                // A form control needs a name; the item's text follows it, so the name says what the box means.
                box.SetAttribute("aria-label", box.HasAttribute("checked") ? "Done" : "To do");
            }
            // Narrow screens scroll a wide table sideways (site.css); keyboard users reach it to scroll it.
            else if (e.Node is AngleSharp.Html.Dom.IHtmlTableElement table)
                table.SetAttribute("tabindex", "0");
            // A button only ever plays a video: it can never submit anything.
            else if (e.Node is AngleSharp.Html.Dom.IHtmlButtonElement button)
                button.SetAttribute("type", "button");
        };
        return sanitizer;
    }
}
