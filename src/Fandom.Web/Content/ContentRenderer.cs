using System.Text.RegularExpressions;
using Fandom.Web.Content.Markdown.Image;
using Ganss.Xss;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace Fandom.Web.Content;

/// <summary>What one render of an article body produces.</summary>
/// <param name="Html">Sanitized HTML, safe to write to a reader page as it is.</param>
/// <param name="PlainText">The visible text, for excerpts, search and reading time.</param>
public sealed record RenderedContent(string Html, string PlainText, int WordCount)
{
    /// <summary>A reading-time estimate at 230 words a minute, at least one minute.</summary>
    public int ReadingMinutes => Math.Max(1, (int)Math.Round(WordCount / 230.0));
}

/// <summary>
/// Markdown in, safe HTML out: Markdig renders, then HtmlSanitizer runs last, always.
/// The pipeline and sanitizer are built once and shared (both are thread-safe once built).
/// </summary>
public sealed partial class ContentRenderer
{
    /// <summary>Bump when the output of the pipeline changes; stored articles with an older version are re-rendered.</summary>
    public const int Version = 1;

    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .UseTaskLists()
        .UseAutoLinks()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseImages()
        .Build();

    private readonly HtmlSanitizer sanitizer = SanitizerPolicy.Create();

    /// <summary>Renders a body; <paramref name="context"/> carries what shortcodes and attributions refer to.</summary>
    public RenderedContent Render(string markdown, RenderContext? context = null)
    {
        var parse = new MarkdownParserContext { Properties = { [typeof(RenderContext)] = context ?? RenderContext.Empty } };
        var html = sanitizer.Sanitize(Markdig.Markdown.ToHtml(markdown ?? "", pipeline, parse));
        var text = ToPlainText(html);
        return new RenderedContent(html, text, CountWords(text));
    }

    /// <summary>The first sentences of the text, cut at a word boundary.</summary>
    public static string Excerpt(string plainText, int maxLength = 280)
    {
        var text = plainText.Trim();
        if (text.Length <= maxLength) return text;
        var cut = text.LastIndexOf(' ', maxLength - 1);
        return text[..(cut > maxLength / 2 ? cut : maxLength - 1)].TrimEnd(',', ';', ':', ' ') + "…";
    }

    private static string ToPlainText(string html)
    {
        var withoutTags = TagPattern().Replace(html, " ");
        return Whitespace().Replace(System.Net.WebUtility.HtmlDecode(withoutTags), " ").Trim();
    }

    private static int CountWords(string text) =>
        text.Length == 0 ? 0 : text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
