using AngleSharp.Html.Parser;
using Fandom.Data;
using Fandom.Web.Content;
using Fandom.Web.Services.Articles;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Editorial;

/// <summary>What the editor is looking at, rendered: the body's reader HTML, the pre-publish checklist and the words readers will read.</summary>
public sealed record EditorPreview(string Html, IReadOnlyList<string> Warnings, int WordCount = 0)
{
    /// <summary>The reading time the article page will show.</summary>
    public int ReadingMinutes => ReadingTime.Minutes(WordCount);
}

/// <summary>
/// Renders an unsaved body through the readers' pipeline (the same renderer and render context as
/// <see cref="ArticleRenderer"/>), and runs the pre-publish checklist over the result. The checklist warns;
/// it does not block, as in Ghost and WordPress: a careful editor may publish knowingly.
/// </summary>
public sealed class EditorPreviewService(ContentRenderer renderer, RenderContextLoader loader, FandomDbContext db)
{
    public async Task<EditorPreview> RenderAsync(int? articleId, string? dek, string? seoDescription, string? markdown, CancellationToken ct = default)
    {
        RenderedContent rendered;
        try
        {
            rendered = renderer.Render(markdown ?? "", await loader.LoadAsync(markdown ?? "", ct));
        }
        catch (TooDeeplyNestedException)
        {
            // Such a body has no rendering: the preview says why in its place, and the text stays in the form.
            return new EditorPreview($"<p class=\"preview-refused\">{System.Net.WebUtility.HtmlEncode(TooDeeplyNestedException.Message)}</p>", []);
        }
        var hero = articleId is { } id
            ? await db.Articles.Where(a => a.Id == id && a.HeroMediaId != null)
                .Select(a => new { Alt = a.HeroAltText ?? a.HeroMedia!.AltText }).FirstOrDefaultAsync(ct)
            : null;
        var warnings = Checklist(dek, seoDescription, rendered.Html, heroWithoutAlt: hero is not null && string.IsNullOrWhiteSpace(hero.Alt));
        return new EditorPreview(rendered.Html, warnings, rendered.WordCount);
    }

    /// <summary>What a careful editor would catch before publishing, in the order they read the page.</summary>
    public static IReadOnlyList<string> Checklist(string? dek, string? seoDescription, string bodyHtml, bool heroWithoutAlt)
    {
        var warnings = new List<string>();
        if (heroWithoutAlt) warnings.Add("The hero image has no alt text.");
        if (string.IsNullOrWhiteSpace(dek)) warnings.Add("There is no dek.");
        if (string.IsNullOrWhiteSpace(seoDescription)) warnings.Add("There is no SEO description.");

        var body = new HtmlParser().ParseDocument($"<body>{bodyHtml}</body>").Body!;
        // The article title is the page's h1, so body headings start at h2 and go down one level at a time.
        var level = 1;
        foreach (var heading in body.QuerySelectorAll("h1,h2,h3,h4,h5,h6"))
        {
            var next = heading.LocalName[1] - '0';
            if (next > level + 1)
            {
                warnings.Add($"Heading level skipped: \"{heading.TextContent.Trim()}\" is h{next} after h{level}.");
            }
            level = next;
        }
        var emptyLinks = body.QuerySelectorAll("a")
            .Count(a => string.IsNullOrWhiteSpace(a.TextContent) && a.QuerySelector("img[alt]:not([alt=''])") is null);
        if (emptyLinks > 0) warnings.Add(emptyLinks == 1 ? "A link has no text." : $"{emptyLinks} links have no text.");
        return warnings;
    }
}
