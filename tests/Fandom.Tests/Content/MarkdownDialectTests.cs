using Fandom.Web.Content;

namespace Fandom.Tests.Content;

/// <summary>SPEC §5, one extension at a time: Markdown in, exact HTML out.</summary>
public sealed class MarkdownDialectTests
{
    private static readonly ContentRenderer Renderer = new();

    private static readonly RenderContext Context = new(
        new Dictionary<int, QuoteEmbed>
        {
            [42] = new(42, "Every fandom starts with one good story.", "Sam Reyes", "sam-reyes", "Screen Ledger", "https://example.com/ledger", null),
            [7] = new(7, "First thought.\n\nSecond thought.", "Jo Park", "jo-park", "The Paper Crown podcast", null, null),
        },
        new Dictionary<int, MediaEmbed>(),
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Alice Oseman"] = "alice-oseman" },
        "bluesky");

    private static string Render(string markdown, RenderContext? context = null) => Renderer.Render(markdown, context ?? RenderContext.Empty).Html;

    [Theory]
    [InlineData("> Every fandom starts with one good story.\n>\n> — Sam Reyes",
        "<figure class=\"quote\"><blockquote><p>Every fandom starts with one good story.</p></blockquote>" +
        "<figcaption>— <span class=\"quote-speaker\">Sam Reyes</span></figcaption></figure>")]
    [InlineData("> “I definitely want to be bringing in the themes of mental health…”\n>\n> — Alice Oseman, [Digital Spy](https://www.digitalspy.com/)",
        "<figure class=\"quote\"><blockquote cite=\"https://www.digitalspy.com/\"><p>“I definitely want to be bringing in the themes of mental health…”</p></blockquote>" +
        "<figcaption>— <span class=\"quote-speaker\">Alice Oseman</span>, <cite><a href=\"https://www.digitalspy.com/\">Digital Spy</a></cite></figcaption></figure>")]
    [InlineData("> Quiet scenes matter.\n>\n> -- Hollis Grey, The Paper Crown podcast",
        "<figure class=\"quote\"><blockquote><p>Quiet scenes matter.</p></blockquote>" +
        "<figcaption>— <span class=\"quote-speaker\">Hollis Grey</span>, <cite>The Paper Crown podcast</cite></figcaption></figure>")]
    [InlineData("> One.\n>\n> Two.\n>\n> — Sam Reyes, *Kettle & Quill*",
        "<figure class=\"quote\"><blockquote><p>One.</p><p>Two.</p></blockquote>" +
        "<figcaption>— <span class=\"quote-speaker\">Sam Reyes</span>, <cite><em>Kettle &amp; Quill</em></cite></figcaption></figure>")]
    [InlineData("> Just a quote.\n>\n> No attribution here.",
        "<blockquote>\n<p>Just a quote.</p>\n<p>No attribution here.</p>\n</blockquote>")]
    [InlineData("> — Only a dash line",
        "<blockquote>\n<p>— Only a dash line</p>\n</blockquote>")]
    public void Attributed_quote_becomes_a_figure(string markdown, string html) => Assert.Equal(html, Render(markdown));

    [Fact]
    public void A_speaker_who_is_a_person_links_to_their_page() => Assert.Equal(
        "<figure class=\"quote\"><blockquote><p>Write what you needed.</p></blockquote>" +
        "<figcaption>— <span class=\"quote-speaker\"><a href=\"/people/alice-oseman\">Alice Oseman</a></span></figcaption></figure>",
        Render("> Write what you needed.\n>\n> — alice oseman", Context).Replace(">alice oseman<", ">Alice Oseman<"));

    [Fact]
    public void Nested_attributed_quotes_become_nested_figures() => Assert.Equal(
        "<figure class=\"quote\"><blockquote><p>She told me:</p>" +
        "<figure class=\"quote\"><blockquote><p>Keep going.</p></blockquote><figcaption>— <span class=\"quote-speaker\">Ama Boateng</span></figcaption></figure>\n" +
        "</blockquote><figcaption>— <span class=\"quote-speaker\">Nadia Voss</span>, <cite>Screen Ledger</cite></figcaption></figure>",
        Render("> She told me:\n>\n> > Keep going.\n> >\n> > — Ama Boateng\n>\n> — Nadia Voss, Screen Ledger"));

    [Theory]
    [InlineData("{{quote 42}}",
        "<figure class=\"quote\"><blockquote cite=\"https://example.com/ledger\"><p>Every fandom starts with one good story.</p></blockquote>" +
        "<figcaption>— <span class=\"quote-speaker\"><a href=\"/people/sam-reyes\">Sam Reyes</a></span>, <cite><a href=\"https://example.com/ledger\">Screen Ledger</a></cite></figcaption></figure>")]
    [InlineData("{{ quote 7 }}",
        "<figure class=\"quote\"><blockquote><p>First thought.</p><p>Second thought.</p></blockquote>" +
        "<figcaption>— <span class=\"quote-speaker\"><a href=\"/people/jo-park\">Jo Park</a></span>, <cite>The Paper Crown podcast</cite></figcaption></figure>")]
    [InlineData("{{quote 999}}", "")]
    [InlineData("Before.\n\n{{quote 999}}\n\nAfter.", "<p>Before.</p>\n<p>After.</p>")]
    [InlineData("`{{quote 42}}` in code", "<p><code>{{quote 42}}</code> in code</p>")]
    [InlineData("See {{quote 42}} mid-sentence", "<p>See {{quote 42}} mid-sentence</p>")]
    public void Library_quote_embeds_the_same_figure(string markdown, string html) => Assert.Equal(html, Render(markdown, Context));

    [Theory]
    [InlineData("{{video https://www.youtube.com/watch?v=Lc7ntRnQx2k}}", "youtube", "Lc7ntRnQx2k", "https://www.youtube.com/watch?v=Lc7ntRnQx2k", "YouTube")]
    [InlineData("{{video https://youtu.be/Lc7ntRnQx2k?t=42}}", "youtube", "Lc7ntRnQx2k", "https://www.youtube.com/watch?v=Lc7ntRnQx2k", "YouTube")]
    [InlineData("{{video https://www.youtube.com/shorts/Fp9rEv1ewQ3}}", "youtube", "Fp9rEv1ewQ3", "https://www.youtube.com/watch?v=Fp9rEv1ewQ3", "YouTube")]
    [InlineData("{{video https://vimeo.com/824615379}}", "vimeo", "824615379", "https://vimeo.com/824615379", "Vimeo")]
    public void Video_becomes_a_click_to_load_player(string markdown, string host, string id, string watch, string hostName) => Assert.Equal(
        $"<figure class=\"video\"><button type=\"button\" class=\"video-play\" data-video-host=\"{host}\" data-video-id=\"{id}\">" +
        $"Play video <span class=\"video-host\">({hostName})</span></button><figcaption><a href=\"{watch}\">Watch on {hostName}</a></figcaption></figure>",
        Render(markdown));

    [Theory]
    [InlineData("{{video https://example.com/clip.mp4}}", "<p><a href=\"https://example.com/clip.mp4\">https://example.com/clip.mp4</a></p>")]
    [InlineData("{{video https://www.youtube.com/watch?v=short}}", "<p><a href=\"https://www.youtube.com/watch?v=short\">https://www.youtube.com/watch?v=short</a></p>")]
    [InlineData("{{video javascript:alert(1)}}", "<p>javascript:alert(1)</p>")]
    public void Other_video_addresses_become_plain_links(string markdown, string html) => Assert.Equal(html, Render(markdown));

    [Theory]
    [InlineData(":::spoiler Season 2 finale\nTess keeps the boat.\n:::",
        "<details class=\"spoiler\"><summary>Spoiler: Season 2 finale</summary><p>Tess keeps the boat.</p></details>")]
    [InlineData(":::spoiler\nA secret.\n\nAnother.\n:::",
        "<details class=\"spoiler\"><summary>Spoiler</summary><p>A secret.</p><p>Another.</p></details>")]
    [InlineData(":::note\nNot a spoiler.\n:::", "<p>:::note\nNot a spoiler.\n:::</p>")]
    public void Spoiler_becomes_a_collapsed_details_block(string markdown, string html) => Assert.Equal(html, Render(markdown));

    [Theory]
    [InlineData("bluesky", "Follow @lanterncourtfans!", "<p>Follow <a class=\"handle\" href=\"https://bsky.app/profile/lanterncourtfans.bsky.social\">@lanterncourtfans</a>!</p>")]
    [InlineData("bluesky", "Follow @alice.bsky.social.", "<p>Follow <a class=\"handle\" href=\"https://bsky.app/profile/alice.bsky.social\">@alice.bsky.social</a>.</p>")]
    [InlineData("x", "(@harborcon)", "<p>(<a class=\"handle\" href=\"https://x.com/harborcon\">@harborcon</a>)</p>")]
    [InlineData("instagram", "@rin_takeda", "<p><a class=\"handle\" href=\"https://www.instagram.com/rin_takeda/\">@rin_takeda</a></p>")]
    [InlineData("tiktok", "@rin", "<p><a class=\"handle\" href=\"https://www.tiktok.com/@rin\">@rin</a></p>")]
    [InlineData("threads", "@rin", "<p><a class=\"handle\" href=\"https://www.threads.net/@rin\">@rin</a></p>")]
    [InlineData("mastodon", "Toot @sol@comics.social now", "<p>Toot <a class=\"handle\" href=\"https://comics.social/@sol\">@sol@comics.social</a> now</p>")]
    [InlineData("mastodon", "Just @sol", "<p>Just @sol</p>")]
    [InlineData("bluesky", "Code `@admin` stays", "<p>Code <code>@admin</code> stays</p>")]
    [InlineData("bluesky", "Mail jo@example.com today", "<p>Mail jo@example.com today</p>")]
    [InlineData("bluesky", "Mail <jo@example.com>", "<p>Mail <a href=\"mailto:jo@example.com\">jo@example.com</a></p>")]
    [InlineData("bluesky", "[@harborcon on the site](https://example.com/)", "<p><a href=\"https://example.com/\">@harborcon on the site</a></p>")]
    [InlineData("bluesky", "See https://example.com/@harborcon", "<p>See <a href=\"https://example.com/@harborcon\">https://example.com/@harborcon</a></p>")]
    public void Handle_links_to_the_configured_network(string network, string markdown, string html) =>
        Assert.Equal(html, Render(markdown, RenderContext.Empty with { SocialNetwork = network }));

    [Theory]
    [InlineData("## The first look, frame by frame", "<h2 id=\"section-the-first-look-frame-by-frame\">The first look, frame by frame</h2>")]
    [InlineData("# Saltwater Saints\n\n## Saltwater Saints", "<h1 id=\"section-saltwater-saints\">Saltwater Saints</h1>\n<h2 id=\"section-saltwater-saints-1\">Saltwater Saints</h2>")]
    public void Headings_get_stable_anchor_ids(string markdown, string html) => Assert.Equal(html, Render(markdown));

    [Theory]
    [InlineData("- [x] Book the hotel\n- [ ] Pack the cape",
        "<ul class=\"contains-task-list\">\n<li class=\"task-list-item\"><input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\" aria-label=\"Done\"> Book the hotel</li>\n" +
        "<li class=\"task-list-item\"><input disabled=\"disabled\" type=\"checkbox\" aria-label=\"To do\"> Pack the cape</li>\n</ul>")]
    [InlineData("<input type=\"checkbox\">", "<input type=\"checkbox\" disabled=\"disabled\" aria-label=\"To do\">")]
    public void Task_list_boxes_are_named_for_screen_readers(string markdown, string html) => Assert.Equal(html, Render(markdown));

    [Fact]
    public void Tables_can_be_reached_by_keyboard_to_scroll_them_sideways() =>
        Assert.StartsWith("<table tabindex=\"0\">", Render("| Episode | Title |\n|---|---|\n| 1 | Low Tide |"));

    [Fact]
    public void Rendering_is_deterministic()
    {
        var body = "## A\n\n> Said.\n>\n> — Sam Reyes, [X](https://example.com)\n\n{{quote 42}}\n\n:::spoiler S\nHidden.\n:::\n\n@fans";
        Assert.Equal(Renderer.Render(body, Context), Renderer.Render(body, Context));
    }

    [Fact]
    public void Inline_quotes_are_found_for_the_library()
    {
        var quotes = Renderer.InlineQuotes("> Keep going.\n>\n> — Ama Boateng, [Screen Ledger](https://example.com/sl)\n\n> Plain quote.\n\n> Two\n>\n> -- Nadia Voss");
        Assert.Equal(
            [new InlineQuote("Ama Boateng", "Keep going.", "Screen Ledger", "https://example.com/sl"), new InlineQuote("Nadia Voss", "Two", null, null)],
            quotes);
    }
}
