using Fandom.Web.Content;
using Fandom.Web.Options;

namespace Fandom.Tests.Content;

/// <summary>
/// What a body may pretend and fetch, beyond what can run: no ids or names of its own, only the dialect's classes, and
/// images only from the site's media or an allowed host (docs/rich-articles.md, "Sanitizer").
/// </summary>
public sealed class SanitizerPolicyTests
{
    private static readonly ContentRenderer Renderer = new();

    private static string Render(string markdown) => Renderer.Render(markdown).Html.Trim();

    [Theory]
    [InlineData("## Config", "<h2 id=\"section-config\">Config</h2>")]
    [InlineData("<h2 id=\"main\">Main</h2>", "<h2 id=\"section-main\">Main</h2>")]
    [InlineData("[Jump to the config](#config)", "<p><a href=\"#section-config\">Jump to the config</a></p>")]
    [InlineData("<div id=\"main\">x</div>", "<div>x</div>")]
    [InlineData("<a id=\"defaultView\" href=\"https://example.com/\">x</a>", "<p><a href=\"https://example.com/\">x</a></p>")]
    public void Only_headings_keep_an_id_and_it_is_namespaced_with_in_body_links_following(string markdown, string html) =>
        Assert.Equal(html, Render(markdown));

    [Theory]
    [InlineData("<p class=\"status-message\">Your session expired</p>", "<p>Your session expired</p>")]
    [InlineData("<span class=\"badge quote-speaker\">Sam</span>", "<p><span class=\"quote-speaker\">Sam</span></p>")]
    [InlineData("```js\nlet x;\n```", "<pre><code class=\"language-js\">let x;\n</code></pre>")]
    [InlineData("- [x] Watch the finale", "<ul class=\"contains-task-list\">\n<li class=\"task-list-item\"><input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\" aria-label=\"Done\"> Watch the finale</li>\n</ul>")]
    public void Only_the_dialects_own_classes_survive(string markdown, string html) =>
        Assert.Equal(html, Render(markdown));

    [Theory]
    [InlineData("![Cast photo](https://tracker.example/cast.jpg)",
        "<p><a href=\"https://tracker.example/cast.jpg\" rel=\"nofollow noopener noreferrer\">Image: Cast photo (tracker.example)</a></p>")]
    [InlineData("<img src=\"https://tracker.example/pixel.gif\" width=\"1\" height=\"1\">",
        "<a href=\"https://tracker.example/pixel.gif\" rel=\"nofollow noopener noreferrer\">Image: tracker.example (tracker.example)</a>")]
    [InlineData("[![Logo](https://tracker.example/logo.png)](https://example.com/)", "<p><a href=\"https://example.com/\">Logo</a></p>")]
    [InlineData("![A still](/media/2026/01/still.jpg)", "<p><img src=\"/media/2026/01/still.jpg\" alt=\"A still\"></p>")]
    public void Images_load_from_the_sites_media_and_any_other_becomes_a_link_to_it(string markdown, string html) =>
        Assert.Equal(html, Render(markdown));

    [Fact]
    public void Images_from_an_allowed_host_load_as_images()
    {
        var renderer = new ContentRenderer(Microsoft.Extensions.Options.Options.Create(new ContentOptions { ImageHosts = ["images.example-cdn.com"] }));

        Assert.Equal("<p><img src=\"https://images.example-cdn.com/cast.jpg\" alt=\"Cast\"></p>",
            renderer.Render("![Cast](https://images.example-cdn.com/cast.jpg)").Html.Trim());
        Assert.StartsWith("<p><a href=\"https://elsewhere.example/cast.jpg\"", renderer.Render("![Cast](https://elsewhere.example/cast.jpg)").Html);
    }

    [Fact]
    public void Sanitizing_stored_html_again_for_feeds_changes_none_of_it()
    {
        var html = Renderer.Render("## Config\n\n[Up](#config)\n\n![Cast](https://tracker.example/cast.jpg)").Html;

        Assert.Equal(html.Trim(), Renderer.FeedHtml(html));
    }
}
