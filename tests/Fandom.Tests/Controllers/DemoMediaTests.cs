using Fandom.Tests.Support;
using Fandom.Web.Data.Demo;

namespace Fandom.Tests.Controllers;

/// <summary>A first run shows the media library at work: every demo story leads with a credited poster.</summary>
public sealed class DemoMediaTests(DemoSqliteApp app) : IClassFixture<DemoSqliteApp>
{
    [Fact]
    public async Task The_lead_demo_story_has_a_credited_hero_and_an_embedded_figure_that_both_load()
    {
        var reader = new BrowserSession(app.Reader());
        var home = await reader.GetAsync("/");
        var page = await reader.GetAsync(home.QuerySelector(".lead-story .lead-title a")!.GetAttribute("href")!);

        var figures = page.QuerySelectorAll("article figure.image");
        Assert.Equal(2, figures.Length);
        foreach (var figure in figures)
        {
            Assert.Equal($"cr. {DemoPosters.Credit}", figure.QuerySelector(".credit")!.TextContent);
            var image = await app.Reader().GetAsync(figure.QuerySelector("img")!.GetAttribute("src"));
            Assert.Equal("image/jpeg", image.Content.Headers.ContentType!.MediaType);
        }
        Assert.Equal(DemoPosters.All.Length, Directory.GetFiles(app.MediaRoot, "*.jpg", SearchOption.AllDirectories)
            .Count(f => !Path.GetFileName(f).Contains("-")));
    }
}
