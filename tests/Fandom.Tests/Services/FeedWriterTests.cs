using Fandom.Web.Services.Site;

namespace Fandom.Tests.Services;

public sealed class FeedWriterTests
{
    [Theory]
    [InlineData("<a href=\"/articles/a\">a</a>", "<a href=\"https://f.example/articles/a\">a</a>")]
    [InlineData("<img src=\"/media/x.jpg\" alt=\"\">", "<img src=\"https://f.example/media/x.jpg\" alt=\"\">")]
    [InlineData("<img srcset=\"/media/x-480w.webp 480w, /media/x-960w.webp 960w\">",
        "<img srcset=\"https://f.example/media/x-480w.webp 480w, https://f.example/media/x-960w.webp 960w\">")]
    [InlineData("<a href=\"https://other.example/a\">a</a>", "<a href=\"https://other.example/a\">a</a>")]
    [InlineData("<a href=\"//cdn.example/a\">a</a>", "<a href=\"//cdn.example/a\">a</a>")]
    [InlineData("<span data-href=\"/x\">x</span>", "<span data-href=\"/x\">x</span>")]
    public void Site_relative_links_and_images_become_absolute_in_feeds(string html, string expected) =>
        Assert.Equal(expected, FeedWriter.AbsoluteUrls(html, "https://f.example"));
}
