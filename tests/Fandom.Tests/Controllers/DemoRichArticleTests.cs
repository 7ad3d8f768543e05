using Fandom.Tests.Support;
using Fandom.Web.Data.Demo;

namespace Fandom.Tests.Controllers;

/// <summary>The demo newsroom shows every element of the dialect, and its quoted people have full pages.</summary>
public sealed class DemoRichArticleTests(DemoSqliteApp app) : IClassFixture<DemoSqliteApp>
{
    private const string TrailerUrl = "/articles/the-lantern-court-trailer-is-finally-here-and-yes-the-ballroom-scene-made-it";

    [Fact]
    public async Task The_lead_demo_story_renders_quotes_a_video_a_spoiler_and_a_handle()
    {
        var page = await new BrowserSession(app.Reader()).GetAsync(TrailerUrl);
        var body = page.QuerySelector(".article-body")!;

        var speakers = body.QuerySelectorAll("figure.quote .quote-speaker a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Dev Okafor", "Dev Okafor", "Mara Ellison"], speakers);
        Assert.Equal("/people/mara-ellison", body.QuerySelectorAll("figure.quote .quote-speaker a").Last().GetAttribute("href"));
        Assert.Equal("Lc7ntRnQx2k", body.QuerySelector("figure.video button.video-play")!.GetAttribute("data-video-id"));
        Assert.Equal("Spoiler: Book one ending", body.QuerySelector("details.spoiler summary")!.TextContent);
        Assert.Equal("https://bsky.app/profile/lanterncourtfans.bsky.social", body.QuerySelector("a.handle")!.GetAttribute("href"));
        Assert.Empty(body.QuerySelectorAll("iframe"));
        Assert.Equal("section-the-first-look-frame-by-frame", body.QuerySelector("h2")!.Id);
    }

    [Fact]
    public async Task Every_demo_person_has_a_page_with_a_bio_quotes_and_articles()
    {
        var reader = new BrowserSession(app.Reader());
        foreach (var person in DemoNewsroom.People)
        {
            var page = await reader.GetAsync($"/people/{Fandom.Web.Content.Slugs.From(person.Name)}");
            Assert.Equal(person.Name, page.QuerySelector("h1")!.TextContent);
            Assert.Equal(person.Bio, page.QuerySelector(".listing-description")!.TextContent);
            Assert.NotEmpty(page.QuerySelectorAll(".person-quotes figure.quote"));
            Assert.NotEmpty(page.QuerySelectorAll(".person-articles .card-title a"));
        }
    }

    [Fact]
    public async Task A_quote_from_an_article_still_in_review_stays_off_the_person_page()
    {
        var page = await new BrowserSession(app.Reader()).GetAsync("/people/hollis-grey");
        Assert.DoesNotContain(page.QuerySelectorAll(".person-quotes blockquote"), q => q.TextContent.Contains("paint colours"));
        Assert.Contains(page.QuerySelectorAll(".person-quotes blockquote"), q => q.TextContent.Contains("market research"));
    }
}
