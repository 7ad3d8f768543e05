using System.Text.Encodings.Web;
using Fandom.Web.Services.Articles;
using Fandom.Web.Services.Site;
using Microsoft.AspNetCore.Html;

namespace Fandom.Web.Models;

/// <summary>
/// The markup of an article in a list, shared by the front page, sections, tags, authors, people, search and related
/// stories: the card, its kicker (the section links) and its byline, and the "By A, B and C" every byline writes.
/// Written here, like <see cref="Fandom.Web.Content.ResponsiveImage"/>, rather than as partial views: a list page
/// writes them dozens of times, and each partial cost a view lookup, a page activation and a copy of the view data,
/// an eighth of the front page's CPU (docs/reader-site.md, "What an uncached page costs"). Every value is encoded
/// by the view's encoder, as Razor would.
/// </summary>
public static class CardMarkup
{
    public static IHtmlContent Card(ArticleCard card, SiteTime time) => new CardHtml(card, time);

    /// <summary>The section links above a title; nothing for an article in no section.</summary>
    public static IHtmlContent Kicker(IReadOnlyList<TermLink> categories) => new KickerHtml(categories);

    /// <summary>A card's byline: its authors and its date in the site's time zone.</summary>
    public static IHtmlContent Byline(ArticleCard card, SiteTime time) => new BylineHtml(card, time);

    /// <summary>"By A, B and C", each a link to the author's page (with <c>rel</c> when given); nothing without authors.</summary>
    public static IHtmlContent Authors(IReadOnlyList<AuthorLink> authors, string? rel = null) => new AuthorsHtml(authors, rel);

    private sealed class CardHtml(ArticleCard card, SiteTime time) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            var colour = CategoryColours.ForArticle(card.Categories);
            writer.Write(colour.Length == 0 ? "<article class=\"card\">\n" : $"<article class=\"card {colour}\">\n");
            new KickerHtml(card.Categories).WriteTo(writer, encoder);
            writer.Write("<h3 class=\"card-title\"><a href=\"");
            encoder.Encode(writer, ReaderUrls.Article(card.Slug));
            writer.Write("\">");
            encoder.Encode(writer, card.Title);
            writer.Write("</a></h3>\n");
            if (!string.IsNullOrEmpty(card.Dek))
            {
                writer.Write("<p class=\"dek\">");
                encoder.Encode(writer, card.Dek);
                writer.Write("</p>\n");
            }
            new BylineHtml(card, time).WriteTo(writer, encoder);
            writer.Write("</article>\n");
        }
    }

    private sealed class KickerHtml(IReadOnlyList<TermLink> categories) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            if (categories.Count == 0) return;
            writer.Write("<p class=\"kicker\">");
            foreach (var category in categories)
            {
                writer.Write($"\n<a class=\"cat {CategoryColours.ClassFor(category.Slug)}\" href=\"");
                encoder.Encode(writer, ReaderUrls.Category(category.Slug));
                writer.Write("\">");
                encoder.Encode(writer, category.Name);
                writer.Write("</a>");
            }
            writer.Write("\n</p>\n");
        }
    }

    private sealed class BylineHtml(ArticleCard card, SiteTime time) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            writer.Write("<p class=\"byline\">\n");
            if (card.Authors.Count > 0)
            {
                new AuthorsHtml(card.Authors, rel: null).WriteTo(writer, encoder);
                writer.Write('\n');
            }
            writer.Write("<time datetime=\"");
            encoder.Encode(writer, time.IsoDateTime(card.PublishedAtUtc));
            writer.Write("\">");
            encoder.Encode(writer, time.FormatDate(card.PublishedAtUtc));
            writer.Write("</time>\n</p>\n");
        }
    }

    private sealed class AuthorsHtml(IReadOnlyList<AuthorLink> authors, string? rel) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            if (authors.Count == 0) return;
            writer.Write("<span class=\"byline-authors\">By ");
            for (var i = 0; i < authors.Count; i++)
            {
                if (i > 0) writer.Write(i == authors.Count - 1 ? " and " : ", ");
                writer.Write(rel is null ? "<a href=\"" : $"<a rel=\"{rel}\" href=\"");
                encoder.Encode(writer, ReaderUrls.Author(authors[i].Slug));
                writer.Write("\">");
                encoder.Encode(writer, authors[i].Name);
                writer.Write("</a>");
            }
            writer.Write("</span>");
        }
    }
}
