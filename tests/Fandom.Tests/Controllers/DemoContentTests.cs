using System.Net;
using Fandom.Tests.Support;
using Fandom.Web.Data.Demo;

namespace Fandom.Tests.Controllers;

/// <summary>A first run with demo content shows a full newsroom.</summary>
public sealed class DemoContentTests(DemoSqliteApp app) : IClassFixture<DemoSqliteApp>
{
    [Fact]
    public async Task The_home_page_leads_with_a_demo_story_and_lists_the_rest()
    {
        var home = await new BrowserSession(app.Reader()).GetAsync("/");
        Assert.NotNull(home.QuerySelector(".lead-story .lead-title a"));
        var published = DemoNewsroom.Articles.Concat(DemoNewsroom.Briefs)
            .Count(a => a.Status == Fandom.Data.Entities.ArticleStatus.Published && a.PublishedDaysAgo > 0);
        // More than a page of stories, so a newcomer sees paging.
        Assert.True(published > 12);
        Assert.Equal(12, home.QuerySelectorAll(".lead-title a, .card-title a").Length);
        var second = await new BrowserSession(app.Reader()).GetAsync(home.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!);
        Assert.Equal(published - 12, second.QuerySelectorAll(".card-title a").Length);
    }

    [Fact]
    public async Task Every_section_has_published_demo_stories()
    {
        var reader = new BrowserSession(app.Reader());
        var home = await reader.GetAsync("/");
        var sections = home.QuerySelectorAll("nav.sections a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(DemoNewsroom.Categories.Length, sections.Count);
        foreach (var section in sections)
        {
            var page = await reader.GetAsync(section);
            Assert.True(page.QuerySelectorAll(".card").Length >= 2, $"{section} has fewer than two stories");
        }
    }

    [Fact]
    public async Task Scheduled_and_in_review_demo_stories_stay_off_the_site()
    {
        var reader = app.Reader();
        foreach (var unpublished in DemoNewsroom.Articles.Where(a => a.Status != Fandom.Data.Entities.ArticleStatus.Published || a.PublishedDaysAgo < 0))
        {
            var slug = Fandom.Web.Content.Slugs.From(unpublished.Title);
            Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/articles/{slug}")).StatusCode);
        }
    }

    [Fact]
    public async Task First_run_setup_stays_open_beside_the_demo_bylines()
    {
        var setup = await new BrowserSession(app.Reader()).GetAsync("/setup");
        Assert.Contains(setup.QuerySelectorAll("button"), b => b.TextContent.Trim() == "Create admin");
    }

    [Fact]
    public async Task Every_demo_byline_leads_to_an_author_page()
    {
        var reader = new BrowserSession(app.Reader());
        var home = await reader.GetAsync("/");
        foreach (var href in home.QuerySelectorAll(".byline a").Select(a => a.GetAttribute("href")!).Distinct())
        {
            var page = await reader.GetAsync(href);
            Assert.NotEmpty(page.QuerySelectorAll(".card"));
        }
    }

    [Fact]
    public async Task Demo_stories_are_found_by_search_and_listed_in_the_feed()
    {
        var reader = new BrowserSession(app.Reader());
        var results = await reader.GetAsync("/search?q=ballroom");
        Assert.Contains(results.QuerySelectorAll(".search-result h2 a"), a => a.TextContent.Contains("Lantern Court trailer"));
        using var xml = System.Xml.XmlReader.Create(await app.Reader().GetStreamAsync("/feed"));
        var feed = System.ServiceModel.Syndication.SyndicationFeed.Load(xml);
        var published = DemoNewsroom.Articles.Concat(DemoNewsroom.Briefs)
            .Count(a => a.Status == Fandom.Data.Entities.ArticleStatus.Published && a.PublishedDaysAgo > 0);
        Assert.Equal(Math.Min(published, Fandom.Web.Services.Site.FeedService.EntryCount), feed.Items.Count());
        Assert.Contains(feed.Items, i => i.Title.Text.Contains("Lantern Court trailer"));
    }
}
