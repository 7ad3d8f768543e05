using AngleSharp.Html.Dom;
using Fandom.Tests.Support;

namespace Fandom.Tests.Controllers;

/// <summary>
/// Screen-reader users move through a page by its headings: each reader page has one h1, first, and every
/// heading after it goes at most one level deeper than the one before (h1 → h3 leaves a hole in the outline).
/// </summary>
public sealed class ReaderHeadingOutlineTests(DemoSqliteApp app) : IClassFixture<DemoSqliteApp>
{
    [Fact]
    public async Task No_reader_page_of_the_demo_newsroom_skips_a_heading_level()
    {
        var reader = new BrowserSession(app.Reader());
        var home = await reader.GetAsync("/");
        var article = await reader.GetAsync(home.QuerySelector(".lead-title a")!.GetAttribute("href")!);
        var addresses = new List<string>
        {
            "/", "/?page=2", home.QuerySelector(".lead-title a")!.GetAttribute("href")!,
            article.QuerySelector(".tags a")!.GetAttribute("href")!, article.QuerySelector("a[rel=author]")!.GetAttribute("href")!,
            "/people/mara-ellison", "/search?q=lantern", "/search?q=zyxwvut", "/search",
        };
        addresses.AddRange(home.QuerySelectorAll("nav.sections a").Select(a => a.GetAttribute("href")!));

        var holes = new List<string>();
        foreach (var address in addresses) holes.AddRange(Holes(await reader.GetAsync(address)).Select(h => $"{address}: {h}"));
        using var missing = await reader.Client.GetAsync("/articles/no-such-story");
        holes.AddRange(Holes(await BrowserSession.ParseAsync(missing)).Select(h => $"404: {h}"));

        Assert.True(holes.Count == 0, string.Join("\n", holes));
    }

    private static IEnumerable<string> Holes(IHtmlDocument page)
    {
        var levels = page.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => (Level: h.LocalName[1] - '0', Text: h.TextContent.Trim())).ToList();
        if (levels.Count(h => h.Level == 1) != 1 || levels[0].Level != 1) yield return "not exactly one h1, first";
        for (var i = 1; i < levels.Count; i++)
            if (levels[i].Level > levels[i - 1].Level + 1)
                yield return $"h{levels[i].Level} \"{levels[i].Text}\" follows h{levels[i - 1].Level} \"{levels[i - 1].Text}\"";
    }
}
