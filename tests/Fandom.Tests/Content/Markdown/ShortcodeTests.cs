using Fandom.Web.Content;
using Fandom.Web.Content.Markdown;

namespace Fandom.Tests.Content.Markdown;

/// <summary>
/// One syntax for <c>{{image N}}</c> and <c>{{quote N}}</c>: what the services read from a body before rendering
/// (what to load, what is used) covers every shortcode the parser renders.
/// </summary>
public sealed class ShortcodeTests
{
    [Theory]
    [InlineData("17", 17)]
    [InlineData("007", 7)]
    [InlineData("123456789", 123456789)]
    [InlineData("1234567890", null)]
    [InlineData("+5", null)]
    [InlineData("-5", null)]
    [InlineData("5a", null)]
    public void An_id_is_one_to_nine_digits(string argument, int? id) => Assert.Equal(id, Shortcode.Id(argument));

    [Fact]
    public void Ids_are_read_wherever_a_shortcode_of_that_name_stands_once_each() => Assert.Equal(
        [17, 18, 4],
        Shortcode.Ids("{{image 17}}\n\n> {{ IMAGE 18 }}\n\n- {{image 17}}\n\nSee {{image 4}} and {{quote 9}} and {{image x}}.", Shortcode.Image));

    [Fact]
    public void Written_shortcodes_read_back() =>
        Assert.Equal([42], Shortcode.Ids(Shortcode.Write(Shortcode.Quote, 42), Shortcode.Quote));

    [Theory]
    [InlineData("{{image 17}}")]
    [InlineData("  {{ image 17 }}  ")]
    [InlineData("> {{image 17}}")]
    [InlineData("- {{image 17}}")]
    public void Every_image_the_parser_renders_is_one_the_body_is_read_to_use(string markdown)
    {
        var media = new MediaEmbed(17, "2026/11/ab12.jpg", "image/jpeg", 1200, 675, [], "Lanterns", null, null, null, null);
        var html = new ContentRenderer().Render(markdown, RenderContext.Empty with { Media = new Dictionary<int, MediaEmbed> { [17] = media } }).Html;
        Assert.Contains("<figure class=\"image\">", html);
        Assert.Equal([17], Shortcode.Ids(markdown, Shortcode.Image));
    }

    [Theory]
    [InlineData("{{quote 12345678901}}")]
    [InlineData("{{quote +5}}")]
    public void A_quote_shortcode_without_a_valid_id_stays_text(string markdown) =>
        Assert.Equal($"<p>{markdown}</p>", new ContentRenderer().Render(markdown, RenderContext.Empty).Html.Trim());
}
