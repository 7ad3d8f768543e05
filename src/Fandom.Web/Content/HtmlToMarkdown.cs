using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Fandom.Web.Content.Markdown.Videos;
using Fandom.Web.Services;

namespace Fandom.Web.Content;

/// <summary>An image an imported body shows: its address as written, and the words that go with it.</summary>
public sealed record ImageReference(string Source, string? Alt, string? Caption);

/// <summary>
/// Turns the HTML of another CMS (WordPress classic and block markup, Ghost cards) into the Fandom dialect: paragraphs,
/// headings, lists, links and emphasis as Markdown; a quote with a citation as an attributed quote; a YouTube or
/// Vimeo embed as <c>{{video URL}}</c>; a toggle or <c>&lt;details&gt;</c> as a spoiler; a table as raw HTML (the
/// sanitizer cleans it when the article is rendered). Each image becomes whatever the caller's
/// <c>image</c> function writes for it (<c>{{image N}}</c> once it is in the media library). Pure: no database.
/// </summary>
public static partial class HtmlToMarkdown
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The body as Markdown; with no <paramref name="image"/> function an image is a plain <c>![alt](src)</c>.</summary>
    public static string Convert(string html, Func<ImageReference, string>? image = null)
    {
        var writer = new Writer(image ?? PlainImage);
        var body = Parser.ParseDocument($"<body>{html}</body>").Body!;
        return string.Join("\n\n", writer.Blocks(body.ChildNodes)).Trim() + "\n";
    }

    /// <summary>Every image the body shows, in order, with the caption of its figure: what an import brings into the media library.</summary>
    public static IReadOnlyList<ImageReference> Images(string html)
    {
        var found = new List<ImageReference>();
        Convert(html, reference => { found.Add(reference); return ""; });
        return found;
    }

    /// <summary>An image as plain Markdown, for one that is not in the media library.</summary>
    public static string PlainImage(ImageReference image) =>
        $"![{EscapeText(image.Alt ?? "")}]({EscapeUrl(image.Source)})" + (image.Caption is { Length: > 0 } caption ? $"\n\n*{EscapeText(caption)}*" : "");

    private sealed class Writer(Func<ImageReference, string> image)
    {
        public List<string> Blocks(IEnumerable<INode> nodes)
        {
            var blocks = new List<string>();
            var inline = new StringBuilder();
            void Flush()
            {
                var paragraph = Paragraph(inline.ToString());
                if (paragraph.Length > 0) blocks.Add(paragraph);
                inline.Clear();
            }
            foreach (var node in nodes)
            {
                if (node is IElement element && IsBlock(element))
                {
                    Flush();
                    blocks.AddRange(Block(element).Where(b => b.Trim().Length > 0));
                }
                else inline.Append(Inline(node));
            }
            Flush();
            return blocks;
        }

        private IEnumerable<string> Block(IElement element)
        {
            var name = element.LocalName;
            if (Dropped.Contains(name)) return [];
            if (element.ClassList.Contains("kg-toggle-card")) return Toggle(element);
            if (element.ClassList.Contains("kg-bookmark-card")) return Bookmark(element);
            if (Embed(element) is { } embed) return [embed];
            switch (name)
            {
                case "p":
                    return [Paragraph(Inlines(element.ChildNodes))];
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    var heading = Collapse(Inlines(element.ChildNodes).Replace("\\\n", " ").Replace('\n', ' ')).Trim();
                    return heading.Length == 0 ? [] : [$"{new string('#', name[1] - '0')} {heading}"];
                case "ul" or "ol":
                    return [List(element, ordered: name == "ol")];
                case "blockquote":
                    return [Quote(element)];
                case "figure":
                    return Figure(element);
                case "img":
                    return [Image(element, Caption(element))];
                case "pre":
                    return [Code(element.TextContent)];
                case "hr":
                    return ["***"];
                case "table":
                    return [BlankLines().Replace(element.OuterHtml, "\n")];
                case "details":
                    var summary = element.QuerySelector("summary");
                    summary?.Remove();
                    return [Spoiler(summary?.TextContent, element.ChildNodes)];
                default:
                    return Blocks(element.ChildNodes);
            }
        }

        private string Paragraph(string markdown)
        {
            // Two line breaks in a row end a paragraph (Ghost writes a quote's lines that way); one at the end is nothing.
            var text = TrailingBreak().Replace(DoubleBreak().Replace(Collapse(markdown), "\n\n"), "").Trim();
            if (text.Length == 0) return "";
            // A bare video address on its own line is what WordPress turns into a player.
            if (VideoLink.Parse(Unescape(text)) is { } video) return $"{{{{video {video.WatchUrl}}}}}";
            return OrderedMarker().Replace(LineStart().Replace(text, "$1\\$2"), "$1$2\\$3");
        }

        private string List(IElement list, bool ordered)
        {
            var items = new List<string>();
            var n = 1;
            foreach (var item in list.Children.Where(c => c.LocalName == "li"))
            {
                var marker = ordered ? $"{n++}. " : "- ";
                var content = string.Join("\n\n", Blocks(item.ChildNodes));
                var indent = new string(' ', marker.Length);
                items.Add(marker + content.Replace("\n", "\n" + indent).Replace("\n" + indent + "\n", "\n\n"));
            }
            return string.Join("\n", items);
        }

        /// <summary>A quote whose citation names who said it becomes the dialect's attributed quote.</summary>
        private string Quote(IElement quote)
        {
            var citations = quote.Children.Where(c => c.LocalName is "cite" or "footer").ToList();
            foreach (var citation in citations) citation.Remove();
            var blocks = Blocks(quote.ChildNodes);
            var by = string.Join(", ", citations.Select(c => Collapse(Inlines(c.ChildNodes)).Trim().TrimStart('—', '-', '–', ' ')).Where(c => c.Length > 0));
            if (by.Length > 0) blocks.Add("— " + by);
            return string.Join("\n", string.Join("\n\n", blocks).Split('\n').Select(line => line.Length == 0 ? ">" : "> " + line));
        }

        private IEnumerable<string> Figure(IElement figure)
        {
            if (figure.QuerySelector("blockquote") is { } quote) return [Quote(quote)];
            var images = figure.QuerySelectorAll("img").ToList();
            if (images.Count == 0) return Blocks(figure.ChildNodes);
            var caption = figure.QuerySelector("figcaption") is { } figcaption ? Collapse(figcaption.TextContent).Trim() : null;
            // One caption for a gallery belongs to the gallery: it goes under the last image.
            return images.Select((img, i) => Image(img, images.Count == 1 ? caption : Caption(img) ?? (i == images.Count - 1 ? caption : null)));
        }

        private string Image(IElement img, string? caption)
        {
            var source = img.GetAttribute("src") ?? img.GetAttribute("data-src") ?? "";
            return source.Length == 0 ? "" : image(new ImageReference(source, img.GetAttribute("alt").TrimToNull(), caption.TrimToNull()));
        }

        /// <summary>A gallery image's own caption (Ghost keeps none; WordPress puts one beside each image).</summary>
        private static string? Caption(IElement img) =>
            img.ParentElement?.LocalName == "figure" && img.ParentElement.QuerySelector("figcaption") is { } c && img.ParentElement.QuerySelectorAll("img").Length == 1
                ? Collapse(c.TextContent).Trim() : null;

        /// <summary>WordPress's and Ghost's embeds, and a bare iframe: a video host becomes a player, anything else a link.</summary>
        private static string? Embed(IElement element)
        {
            var isEmbed = element.ClassList.Any(c => c.StartsWith("wp-block-embed") || c == "kg-embed-card" || c == "kg-video-card") || element.LocalName == "iframe";
            if (!isEmbed) return null;
            var url = element.LocalName == "iframe" ? element.GetAttribute("src")
                : element.QuerySelector("iframe")?.GetAttribute("src")
                  ?? element.QuerySelector(".wp-block-embed__wrapper")?.TextContent.Trim()
                  ?? element.QuerySelector("a[href]")?.GetAttribute("href");
            if (string.IsNullOrWhiteSpace(url)) return element.LocalName == "iframe" ? "" : null;
            url = url.Trim();
            if (url.StartsWith("//")) url = "https:" + url;
            return VideoLink.Parse(url) is { } video ? $"{{{{video {video.WatchUrl}}}}}" : $"<{url}>";
        }

        private IEnumerable<string> Toggle(IElement toggle)
        {
            var heading = toggle.QuerySelector(".kg-toggle-heading-text")?.TextContent;
            var content = toggle.QuerySelector(".kg-toggle-content");
            return [Spoiler(heading, content?.ChildNodes ?? toggle.ChildNodes)];
        }

        private string Spoiler(string? title, IEnumerable<INode> content)
        {
            var heading = Collapse(title ?? "").Trim();
            return $":::spoiler {(heading.Length > 0 ? heading : "Spoiler")}\n{string.Join("\n\n", Blocks(content.ToList()))}\n:::";
        }

        private static IEnumerable<string> Bookmark(IElement card)
        {
            var href = card.QuerySelector("a[href]")?.GetAttribute("href");
            var title = Collapse(card.QuerySelector(".kg-bookmark-title")?.TextContent ?? href ?? "").Trim();
            var description = Collapse(card.QuerySelector(".kg-bookmark-description")?.TextContent ?? "").Trim();
            if (href is null) return [];
            var link = $"[{EscapeText(title)}]({EscapeUrl(href)})";
            return [description.Length > 0 ? $"{link} — {EscapeText(description)}" : link];
        }

        private string Inlines(IEnumerable<INode> nodes) => string.Concat(nodes.Select(Inline));

        private string Inline(INode node)
        {
            if (node is IText text) return EscapeText(text.Data);
            if (node is not IElement element) return "";
            var name = element.LocalName;
            if (Dropped.Contains(name)) return "";
            switch (name)
            {
                case "strong" or "b": return Wrap("**", Inlines(element.ChildNodes));
                case "em" or "i" or "cite": return Wrap("*", Inlines(element.ChildNodes));
                case "del" or "s" or "strike": return Wrap("~~", Inlines(element.ChildNodes));
                case "code": return InlineCode(element.TextContent);
                case "br": return "\\\n";
                case "q": return $"“{Inlines(element.ChildNodes)}”";
                case "img": return $"\n\n{Image(element, null)}\n\n";
                case "a":
                    var href = element.GetAttribute("href")?.Trim();
                    // A linked image (WordPress links each to its file) is the image.
                    if (element.QuerySelector("img") is not null && element.TextContent.Trim().Length == 0) return Inlines(element.ChildNodes);
                    var label = Inlines(element.ChildNodes).Trim();
                    if (string.IsNullOrEmpty(href) || href.StartsWith('#') || !IsLinkable(href)) return label;
                    return $"[{(label.Length > 0 ? label : EscapeText(href))}]({EscapeUrl(href)})";
                default:
                    return IsBlock(element) ? $"\n\n{string.Join("\n\n", Block(element))}\n\n" : Inlines(element.ChildNodes);
            }
        }

        /// <summary>Emphasis around the words only: Markdown ignores a marker next to a space.</summary>
        private static string Wrap(string marker, string inner)
        {
            var trimmed = inner.Trim();
            if (trimmed.Length == 0) return inner;
            var lead = inner[..(inner.Length - inner.TrimStart().Length)];
            var trail = inner[inner.TrimEnd().Length..];
            return $"{lead}{marker}{trimmed}{marker}{trail}";
        }
    }

    private static string Code(string code)
    {
        var fence = new string('`', Math.Max(3, LongestRun(code, '`') + 1));
        return $"{fence}\n{code.Trim('\n')}\n{fence}";
    }

    private static string InlineCode(string code)
    {
        var ticks = new string('`', LongestRun(code, '`') + 1);
        var pad = code.StartsWith('`') || code.EndsWith('`') ? " " : "";
        return $"{ticks}{pad}{code}{pad}{ticks}";
    }

    private static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (var ch in text)
        {
            run = ch == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        return longest;
    }

    /// <summary>Where a reader may be sent: another web site, a mail address, or a path on this one.</summary>
    private static bool IsLinkable(string href) =>
        WebAddresses.IsWebAddress(href) || href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || (href.StartsWith('/') && !href.StartsWith("//"));

    private static bool IsBlock(IElement element) => BlockNames.Contains(element.LocalName)
        || element.ClassList.Contains("kg-card");

    private static readonly HashSet<string> BlockNames =
    [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "figure", "pre", "hr", "table", "details",
        "div", "section", "article", "aside", "header", "footer", "main", "nav", "dl", "iframe", "address", "center",
        "script", "style", "noscript", "form", "template", "audio", "video", "object", "embed", "svg", "button",
    ];

    /// <summary>What never reaches a Fandom body: scripts, players other than the video hosts, form controls.</summary>
    private static readonly HashSet<string> Dropped =
        ["script", "style", "noscript", "form", "input", "button", "select", "textarea", "template", "object", "embed", "svg", "audio", "video", "source"];

    /// <summary>Text as literal Markdown: every character Markdown or the dialect would read as syntax is escaped.</summary>
    public static string EscapeText(string text) => Special().Replace(WhitespaceRun().Replace(text, " "), "\\$0");

    private static string EscapeUrl(string url) => url.Trim().Replace(" ", "%20").Replace("(", "%28").Replace(")", "%29");

    private static string Unescape(string markdown) => EscapedChar().Replace(markdown, "$1");

    /// <summary>Runs of spaces inside a line become one, as HTML shows them; hard breaks stay.</summary>
    private static string Collapse(string markdown) => string.Join("\n", markdown.Split('\n').Select(line => SpaceRun().Replace(line, " ").Trim()))
        .Replace("\n\n\n", "\n\n");

    [GeneratedRegex(@"[\\`*_\[\]<>{}~&|#]")]
    private static partial Regex Special();

    [GeneratedRegex(@"\\([\\`*_\[\]<>{}~&|#!:+=.)-])")]
    private static partial Regex EscapedChar();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();

    [GeneratedRegex(@"\\\n\s*\\\n\s*")]
    private static partial Regex DoubleBreak();

    [GeneratedRegex(@"(?:\\\n)+\s*$")]
    private static partial Regex TrailingBreak();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex SpaceRun();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLines();

    /// <summary>What a line may not start with unescaped: a heading, quote, list or spoiler marker.</summary>
    [GeneratedRegex(@"(?m)^(\s*)([-+=:])")]
    private static partial Regex LineStart();

    /// <summary>A number and a full stop at the start of a line would start an ordered list.</summary>
    [GeneratedRegex(@"(?m)^(\s*)(\d+)([.)])")]
    private static partial Regex OrderedMarker();
}
