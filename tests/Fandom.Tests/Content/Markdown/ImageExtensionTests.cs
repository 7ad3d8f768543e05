using Fandom.Web.Content;

namespace Fandom.Tests.Content.Markdown;

/// <summary><c>{{image N}}</c>, markdown in and HTML out, through the whole renderer (sanitizer included).</summary>
public sealed class ImageExtensionTests
{
    private static readonly MediaEmbed Poster = new(17, "2026/11/ab12.jpg", "image/jpeg", 1200, 675, [480, 960],
        "Lanterns over a market", "The night market", "Netflix", "https://example.com/press", null);

    private static readonly MediaEmbed Loop = new(18, "2026/11/cd34.gif", "image/gif", 64, 48, [],
        "A looping spark", null, null, null, null);

    private static string Render(string markdown) => new ContentRenderer().Render(markdown, RenderContext.Empty with
    {
        Media = new Dictionary<int, MediaEmbed> { [17] = Poster, [18] = Loop },
    }).Html.Trim();

    [Fact]
    public void An_image_line_becomes_a_responsive_figure_with_caption_and_credit() => Assert.Equal(
        "<figure class=\"image\"><picture>" +
        "<source type=\"image/webp\" srcset=\"/media/2026/11/ab12-480w.webp 480w, /media/2026/11/ab12-960w.webp 960w, /media/2026/11/ab12-1200w.webp 1200w\" sizes=\"(min-width: 48rem) 44rem, 100vw\">" +
        "<img src=\"/media/2026/11/ab12.jpg\" srcset=\"/media/2026/11/ab12-480w.jpg 480w, /media/2026/11/ab12-960w.jpg 960w, /media/2026/11/ab12.jpg 1200w\" sizes=\"(min-width: 48rem) 44rem, 100vw\" " +
        "width=\"1200\" height=\"675\" alt=\"Lanterns over a market\" loading=\"lazy\" decoding=\"async\"></picture>" +
        "<figcaption>The night market <span class=\"credit\">cr. <a href=\"https://example.com/press\" rel=\"nofollow noopener\">Netflix</a></span></figcaption></figure>",
        Render("{{image 17}}"));

    [Fact]
    public void A_gif_is_served_as_it_is_without_sizes_and_without_a_caption_when_it_has_none() => Assert.Equal(
        "<figure class=\"image\"><picture><img src=\"/media/2026/11/cd34.gif\" width=\"64\" height=\"48\" alt=\"A looping spark\" loading=\"lazy\" decoding=\"async\"></picture></figure>",
        Render("{{ image 18 }}"));

    [Theory]
    [InlineData("{{image 99}}", "")]
    [InlineData("See {{image 17}} here.", "<p>See {{image 17}} here.</p>")]
    [InlineData("    {{image 17}}", "<pre><code>{{image 17}}\n</code></pre>")]
    public void Only_a_known_image_on_a_line_of_its_own_becomes_a_figure(string markdown, string html) =>
        Assert.Equal(html, Render(markdown));

    [Fact]
    public void Figures_sit_between_paragraphs()
    {
        var html = Render("Before.\n\n{{image 17}}\n\nAfter.");
        Assert.StartsWith("<p>Before.</p>\n<figure class=\"image\">", html);
        Assert.EndsWith("</figure>\n<p>After.</p>", html);
    }

    [Fact]
    public void Alt_text_and_captions_are_encoded_not_trusted()
    {
        var hostile = Poster with { AltText = "\"><script>alert(1)</script>", Caption = "<img src=x onerror=alert(1)>", CreditUrl = "javascript:alert(1)" };
        var html = new ContentRenderer().Render("{{image 17}}", RenderContext.Empty with { Media = new Dictionary<int, MediaEmbed> { [17] = hostile } }).Html;
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.Contains("<span class=\"credit\">cr. Netflix</span>", html);
    }
}
