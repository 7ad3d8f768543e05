using Fandom.BrowserTests.Infrastructure;
using Fandom.BrowserTests.Pages;
using Microsoft.Playwright;

namespace Fandom.BrowserTests.Journeys;

/// <summary>
/// Every reader page type of the demo site at desktop and phone widths, in light and dark schemes: axe-core
/// finds no WCAG 2.1 A/AA violation, the CSP is never violated, and a screenshot of each is kept.
/// </summary>
public sealed class ReaderAccessibilityJourney(LiveSite site, Chromium chromium) : IClassFixture<LiveSite>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Every_reader_page_type_passes_axe_at_1280_and_375_pixels_in_light_and_dark()
    {
        IReadOnlyList<(string Name, string Url)> pages;
        await using (var finder = await chromium.NewTabAsync(site.BaseUrl))
            pages = await new ReaderSite(finder.Page).PageTypesAsync();

        var failures = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        foreach (var width in new[] { 1280, 375 })
        {
            await using var tab = await chromium.NewTabAsync(site.BaseUrl, width, 900, scheme, Axe.Source);
            foreach (var (name, url) in pages)
            {
                await tab.Page.GotoAsync(url);
                await tab.ScreenshotAsync($"reader-{name}-{width}-{scheme.ToString().ToLowerInvariant()}");
                failures.AddRange((await Axe.ViolationsAsync(tab.Page)).Select(v => $"{name} {width}px {scheme}: {v}"));
            }
            failures.AddRange(tab.Errors.Where(e => !e.Contains("404")).Select(e => $"{width}px {scheme}: {e}"));
        }
        Assert.Empty(failures);
    }

    [Fact]
    public async Task A_reader_searches_from_the_masthead_link_and_opens_a_highlighted_result()
    {
        await using var tab = await chromium.NewTabAsync(site.BaseUrl, 375);
        await Screenshot.OnFailureAsync(tab, async () =>
        {
            await tab.Page.GotoAsync("/");
            await new ReaderSite(tab.Page).SearchAsync("ballroom");
            await Assertions.Expect(tab.Page.GetByRole(AriaRole.Heading, new() { Name = "Search", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(tab.Page.Locator(".search-result mark").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("(?i)ballroom"));
            await tab.Page.Locator(".search-result h2 a").First.ClickAsync();
            await Assertions.Expect(tab.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Lantern Court");
            Assert.Empty(tab.Errors);
        });
    }
}
