using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Fandom.Web.Content.Markdown;
using Fandom.Web.Content.Markdown.AttributedQuotes;
using Fandom.Web.Content.Markdown.LibraryQuotes;
using Fandom.Web.Content.Markdown.SocialHandles;
using Fandom.Web.Content.Markdown.Spoilers;
using Fandom.Web.Content.Markdown.Videos;
using Fandom.Web.Content.Markdown.Image;
using Fandom.Web.Options;
using Ganss.Xss;
using Microsoft.Extensions.Options;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;

namespace Fandom.Web.Content;

/// <summary>What one render of an article body produces.</summary>
/// <param name="Html">Sanitized HTML, safe to write to a reader page as it is.</param>
/// <param name="PlainText">The visible text without spoilers or players, for excerpts, search and reading time.</param>
/// <param name="FeedHtml">The sanitized HTML for feeds: each spoiler replaced by a notice, each player by its link.</param>
public sealed record RenderedContent(string Html, string PlainText, int WordCount, string FeedHtml)
{
    /// <summary>A reading-time estimate (see <see cref="ReadingTime"/>).</summary>
    public int ReadingMinutes => ReadingTime.Minutes(WordCount);
}

/// <summary>A body nested deeper than the Markdown parser goes (thousands of <c>&gt;</c> or list markers).</summary>
public sealed class TooDeeplyNestedException(Exception inner) : Exception(Message, inner)
{
    /// <summary>What the writer is told, in the form and in the preview.</summary>
    public new const string Message = "The body is nested too deeply (quotes or lists inside each other more than a hundred levels). Remove some of the levels.";
}

/// <summary>An attributed quote written inline in a body, as the quote library records it.</summary>
public sealed record InlineQuote(string Speaker, string Text, string? SourceName, string? SourceUrl);

/// <summary>
/// Markdown in, safe HTML out: Markdig renders, then HtmlSanitizer runs last, always.
/// The pipeline and sanitizer are built once and shared (both are thread-safe once built); what a render
/// refers to travels in its <see cref="RenderContext"/>, handed to a renderer made for that call.
/// </summary>
public sealed partial class ContentRenderer
{
    /// <summary>Bump when the output of the pipeline changes; stored articles with an older version are re-rendered.</summary>
    public const int Version = 5;

    public const string SpoilerNotice = "A spoiler is hidden here. Read the article on the site to reveal it.";

    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .UseTaskLists()
        .UseAutoLinks()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseAttributedQuotes()
        .UseLibraryQuotes()
        .UseVideos()
        .UseSpoilers()
        .UseSocialHandles()
        .UseImages()
        .Build();

    private readonly HtmlSanitizer sanitizer;

    /// <param name="options">Which other hosts' images may load in a body (none without it).</param>
    public ContentRenderer(IOptions<ContentOptions>? options = null) =>
        sanitizer = SanitizerPolicy.Create(options?.Value.ImageHosts);

    /// <summary>Renders a body; <paramref name="context"/> carries what shortcodes and attributions refer to.</summary>
    public RenderedContent Render(string markdown, RenderContext? context = null)
    {
        var renderContext = context ?? RenderContext.Empty;
        // Block parsers (e.g. {{image N}}) find the context on the parse; inline renderers on the renderer.
        var parse = new MarkdownParserContext { Properties = { [typeof(RenderContext)] = renderContext } };
        var document = Parse(markdown, parse);
        using var writer = new StringWriter();
        var renderer = new FandomHtmlRenderer(writer, renderContext);
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();

        var dom = sanitizer.SanitizeDom(writer.ToString());
        var body = dom.Body!;
        var html = body.InnerHtml.Trim();

        var feed = ToFeed(dom, body);

        foreach (var added in body.QuerySelectorAll("p.spoiler-notice, p.video-link").ToList()) added.Remove();
        var text = PlainText(body);
        return new RenderedContent(html, text, CountWords(text), feed);
    }

    /// <summary>
    /// The feed version of stored, sanitized article HTML (<c>Article.BodyHtml</c>): spoilers become a notice,
    /// players a link. For feeds that read stored articles rather than render them again.
    /// </summary>
    public string FeedHtml(string storedHtml)
    {
        var dom = sanitizer.SanitizeDom(storedHtml ?? "");
        return ToFeed(dom, dom.Body!);
    }

    private static string ToFeed(IDocument dom, IElement body)
    {
        foreach (var spoiler in body.QuerySelectorAll("details").ToList())
            spoiler.Replace(Paragraph(dom, "spoiler-notice", SpoilerNotice));
        foreach (var player in body.QuerySelectorAll("figure.video").ToList())
            player.Replace(player.QuerySelector("figcaption a") is { } link ? Wrap(dom, "video-link", link) : dom.CreateTextNode(""));
        return body.InnerHtml.Trim();
    }

    /// <summary>The attributed quotes written in a body, innermost first, for the quote library.</summary>
    public IReadOnlyList<InlineQuote> InlineQuotes(string markdown) =>
        Parse(markdown, null)
            .Descendants<AttributedQuoteBlock>()
            .Select(q => new InlineQuote(q.Speaker, q.Text, q.SourceName is { Length: > 0 } name ? name : null, q.SourceUrl))
            .Where(q => q.Text.Length > 0)
            .ToList();

    /// <summary>Whether <paramref name="markdown"/> nests too deeply to be rendered (see <see cref="TooDeeplyNestedException"/>).</summary>
    public bool IsTooDeeplyNested(string? markdown)
    {
        try
        {
            Parse(markdown, null);
            return false;
        }
        catch (TooDeeplyNestedException)
        {
            return true;
        }
    }

    /// <summary>
    /// Every parse goes through here. Markdig caps nesting (quotes in quotes, lists in lists, links in links) at its
    /// own depth limit, about 128 levels, and refuses deeper input with an <see cref="ArgumentException"/> rather than
    /// recurse without end; no story needs a tenth of that. The refusal becomes our own exception, so the editor can
    /// answer it with a message instead of an error page.
    /// </summary>
    private MarkdownDocument Parse(string? markdown, MarkdownParserContext? context)
    {
        try
        {
            return Markdig.Markdown.Parse(markdown ?? "", pipeline, context);
        }
        catch (ArgumentException e) when (e.ParamName is null)
        {
            throw new TooDeeplyNestedException(e);
        }
    }

    /// <summary>The first sentences of the text, cut at a word boundary.</summary>
    public static string Excerpt(string plainText, int maxLength = 280)
    {
        var text = plainText.Trim();
        if (text.Length <= maxLength) return text;
        var cut = text.LastIndexOf(' ', maxLength - 1);
        return text[..(cut > maxLength / 2 ? cut : maxLength - 1)].TrimEnd(',', ';', ':', ' ') + "…";
    }

    private static IElement Paragraph(IDocument dom, string className, string text)
    {
        var p = dom.CreateElement("p");
        p.ClassName = className;
        var em = dom.CreateElement("em");
        em.TextContent = text;
        p.AppendChild(em);
        return p;
    }

    private static IElement Wrap(IDocument dom, string className, IElement child)
    {
        var p = dom.CreateElement("p");
        p.ClassName = className;
        p.AppendChild(child);
        return p;
    }

    /// <summary>The text of the DOM, with a space wherever a block ends so words never run together.</summary>
    private static string PlainText(IElement root)
    {
        var text = new System.Text.StringBuilder();
        Append(root);
        return Whitespace().Replace(text.ToString(), " ").Trim();

        void Append(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText t) text.Append(t.Data);
                else if (child is IElement element)
                {
                    var block = BlockElements.Contains(element.LocalName);
                    if (block) text.Append(' ');
                    Append(element);
                    if (block) text.Append(' ');
                }
            }
        }
    }

    private static readonly HashSet<string> BlockElements =
    [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "figure", "figcaption",
        "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "pre", "div", "br", "hr", "details", "summary",
    ];

    private static int CountWords(string text) =>
        text.Length == 0 ? 0 : text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
