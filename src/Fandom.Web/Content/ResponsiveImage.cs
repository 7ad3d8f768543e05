using System.Text.Encodings.Web;
using Fandom.Data.Entities;
using Microsoft.AspNetCore.Html;

namespace Fandom.Web.Content;

/// <summary>A hero as the article uses it: the library item with the article's caption and alt text where it overrides them.</summary>
public sealed record HeroImage(MediaEmbed Media, string AltText, string? Caption)
{
    public static HeroImage? From(MediaItem? media, string? captionOverride, string? altOverride) => media is null ? null : new(
        MediaEmbeds.From(media),
        string.IsNullOrWhiteSpace(altOverride) ? media.AltText : altOverride,
        string.IsNullOrWhiteSpace(captionOverride) ? media.Caption : captionOverride);
}

public static class MediaEmbeds
{
    public static MediaEmbed From(MediaItem m) => new(
        m.Id, m.StorageKey, m.ContentType, m.Width, m.Height, Widths(m.DerivedWidths),
        m.AltText, m.Caption, m.Credit, m.CreditUrl, m.Licence);

    /// <summary>The stored "480,960" list of derived widths.</summary>
    public static IReadOnlyList<int> Widths(string derivedWidths) =>
        derivedWidths.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
}

/// <summary>
/// The one way an image reaches a reader page, shared by <c>{{image N}}</c> and the hero:
/// a figure with a WebP source and an original-format fallback, both with srcset, width and height
/// (no layout shift), lazy loading unless it is above the fold, and "cr. Credit" in the caption.
/// </summary>
public sealed class ResponsiveImage(MediaEmbed media, string altText, string? caption, bool aboveTheFold) : IHtmlContent
{
    /// <summary>Images fill the text column (about 42rem) on wide screens and the viewport on narrow ones.</summary>
    public const string Sizes = "(min-width: 48rem) 44rem, 100vw";

    public static ResponsiveImage Embedded(MediaEmbed media) => new(media, media.AltText, media.Caption, aboveTheFold: false);

    public static ResponsiveImage Hero(HeroImage hero) => new(hero.Media, hero.AltText, hero.Caption, aboveTheFold: true);

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        var isGif = media.ContentType == "image/gif";
        var extension = Path.GetExtension(media.StorageKey).TrimStart('.');
        writer.Write(aboveTheFold ? "<figure class=\"image image-hero\">" : "<figure class=\"image\">");
        writer.Write("<picture>");
        if (!isGif)
        {
            var webp = media.DerivedWidths.Select(w => $"{MediaUrls.Derived(media.StorageKey, w, "webp")} {w}w")
                .Append($"{MediaUrls.Derived(media.StorageKey, media.Width, "webp")} {media.Width}w");
            writer.Write($"<source type=\"image/webp\" srcset=\"{encoder.Encode(string.Join(", ", webp))}\" sizes=\"{Sizes}\">");
        }
        var fallback = media.DerivedWidths.Select(w => $"{MediaUrls.Derived(media.StorageKey, w, extension)} {w}w")
            .Append($"{MediaUrls.Original(media.StorageKey)} {media.Width}w");
        writer.Write($"<img src=\"{encoder.Encode(MediaUrls.Original(media.StorageKey))}\"");
        if (!isGif) writer.Write($" srcset=\"{encoder.Encode(string.Join(", ", fallback))}\" sizes=\"{Sizes}\"");
        writer.Write($" width=\"{media.Width}\" height=\"{media.Height}\" alt=\"{encoder.Encode(altText)}\"");
        // The hero is usually the largest thing on first paint: fetch it first; figures further down wait until scrolled near.
        writer.Write(aboveTheFold ? " fetchpriority=\"high\" decoding=\"async\">" : " loading=\"lazy\" decoding=\"async\">");
        writer.Write("</picture>");

        var hasCaption = !string.IsNullOrWhiteSpace(caption);
        var hasCredit = !string.IsNullOrWhiteSpace(media.Credit);
        if (hasCaption || hasCredit)
        {
            writer.Write("<figcaption>");
            if (hasCaption) writer.Write(encoder.Encode(caption!));
            if (hasCaption && hasCredit) writer.Write(' ');
            if (hasCredit)
            {
                writer.Write("<span class=\"credit\">cr. ");
                // A credit is a link the site does not vouch for, and the page it opens gets no handle on ours.
                if (WebAddresses.IsWebAddress(media.CreditUrl))
                    writer.Write($"<a href=\"{encoder.Encode(media.CreditUrl!)}\" rel=\"nofollow noopener\">{encoder.Encode(media.Credit!)}</a>");
                else
                    writer.Write(encoder.Encode(media.Credit!));
                writer.Write("</span>");
            }
            writer.Write("</figcaption>");
        }
        writer.Write("</figure>");
    }

    public override string ToString()
    {
        using var writer = new StringWriter();
        WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }
}
