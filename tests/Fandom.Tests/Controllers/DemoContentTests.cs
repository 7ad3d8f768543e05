using System.Net;
using Fandom.Tests.Infrastructure;
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
        var published = DemoNewsroom.Articles.Count(a => a.Status == Fandom.Data.Entities.ArticleStatus.Published && a.PublishedDaysAgo > 0);
        Assert.Equal(published, home.QuerySelectorAll(".lead-title a, .card-title a").Length);
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
}
