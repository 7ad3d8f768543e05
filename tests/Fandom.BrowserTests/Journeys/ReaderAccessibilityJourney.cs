using Fandom.BrowserTests.Infrastructure;
using Fandom.BrowserTests.Pages;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Fandom.BrowserTests.Journeys;

/// <summary>
/// Every reader page type of the demo site, checked by machines: axe-core with all of its rules finds nothing at
/// 1280 and 375 pixels in light and dark schemes, the CSP is never violated, the W3C Nu Html Checker finds no error
/// or warning in the HTML as served, and a screenshot of each page type is kept for a person to look at.
/// </summary>
public sealed class ReaderAccessibilityJourney(ReaderPageTypes reader, Chromium chromium, ITestOutputHelper output)
    : IClassFixture<ReaderPageTypes>, IClassFixture<Chromium>
{
    private LiveSite Site => reader.Site;

    [Fact]
    public async Task Every_reader_page_type_passes_every_axe_rule_at_1280_and_375_pixels_in_light_and_dark()
    {
        var failures = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        foreach (var width in new[] { 1280, 375 })
        {
            await using var tab = await chromium.NewTabAsync(Site.BaseUrl, width, 900, scheme, Axe.Source);
            foreach (var page in reader.Pages)
            {
                var seen = tab.Errors.Count;
                var response = await tab.Page.GotoAsync(page.Path);
                Assert.Equal((int)page.Status, response!.Status);
                Assert.True(await Axe.RuleCountAsync(tab.Page) > 90, "axe-core did not load all of its rules");
                await tab.ScreenshotAsync($"reader-{page.Name}-{width}-{scheme.ToString().ToLowerInvariant()}");
                failures.AddRange((await Axe.ViolationsAsync(tab.Page)).Select(v => $"{page.Name} {width}px {scheme}: {v}"));
                // An error page's own status is logged by the browser as a failed load; anything else is a failure.
                failures.AddRange(tab.Errors.Skip(seen)
                    .Where(e => !(e.StartsWith("Failed to load resource") && e.Contains(Site.BaseUrl + page.Path + ":")))
                    .Select(e => $"{page.Name} {width}px {scheme}: {e}"));
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Every_reader_page_type_is_valid_html_for_the_w3c_nu_checker()
    {
        using var http = new HttpClient { BaseAddress = new Uri(Site.BaseUrl) };
        var html = new Dictionary<string, string>();
        foreach (var page in reader.Pages)
        {
            using var response = await http.GetAsync(page.Path);
            Assert.Equal(page.Status, response.StatusCode);
            html[page.Name] = await response.Content.ReadAsStringAsync();
        }

        var messages = await NuHtmlChecker.CheckAsync(html);

        // Info messages are notes, not findings: the one the site draws is the framework's antiforgery field
        // ("Trailing slash on void elements has no effect"), written by ASP.NET Core, not by our views.
        foreach (var info in messages.Where(m => m.Kind == "info")) output.WriteLine(info.ToString());
        var findings = messages.Where(m => m.Kind != "info").ToList();
        Assert.True(findings.Count == 0, string.Join("\n", findings));
        Assert.Equal(reader.Pages.Count, html.Count);
    }

    [Fact]
    public async Task A_reader_searches_from_the_masthead_link_and_opens_a_highlighted_result()
    {
        await using var tab = await chromium.NewTabAsync(Site.BaseUrl, 375);
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
