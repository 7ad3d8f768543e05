using Fandom.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Fandom.BrowserTests.Journeys;

/// <summary>The whole XSS corpus as one published article, opened in a real browser: nothing runs.</summary>
public sealed class XssJourney(LiveSite site, Chromium chromium) : IClassFixture<LiveSite>, IClassFixture<Chromium>
{
    [Fact]
    public async Task An_article_made_of_the_xss_corpus_runs_no_script_and_opens_no_dialog()
    {
        var vectors = File.ReadAllLines(Path.Combine(Paths.RepositoryRoot, "tests", "Fandom.Tests", "Content", "xss-vectors.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Replace("\\n", "\n"))
            .ToList();
        Assert.True(vectors.Count >= 150);
        var url = await site.PublishAsync("Everything a reader should never run", string.Join("\n\n", vectors));

        await using var tab = await chromium.NewTabAsync(site.BaseUrl);
        var dialogs = new List<string>();
        tab.Page.Dialog += (_, dialog) => dialogs.Add(dialog.Message);
        // Tracking pixels: the reader's browser asks no other site for anything.
        var offSite = new List<string>();
        tab.Page.Request += (_, request) => { if (!request.Url.StartsWith(site.BaseUrl)) offSite.Add(request.Url); };
        await tab.Page.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', () => window.__cspViolations = (window.__cspViolations || 0) + 1);");
        await Screenshot.OnFailureAsync(tab, async () =>
        {
            var response = await tab.Page.GotoAsync(url);
            Assert.Equal(200, response!.Status);
            await tab.Page.Mouse.MoveAsync(200, 400);
            await tab.Page.Keyboard.PressAsync("Tab");
            await tab.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

            Assert.Empty(dialogs);
            Assert.Empty(offSite);
            // Nothing clobbers the page: no body element takes an id outside the section- namespace, or a name.
            Assert.Equal(0, await tab.Page.Locator(".article-body [name], .article-body [id]:not(:is(h1, h2, h3, h4, h5, h6)[id^='section-'])").CountAsync());
            Assert.True(await tab.Page.EvaluateAsync<bool>("() => window.config === undefined && document.getElementById('main').tagName === 'MAIN'"), "a body clobbered the page");
            Assert.True(await tab.Page.EvaluateAsync<bool>("() => window.__xss === undefined"), "a vector set window.__xss");
            Assert.True(await tab.Page.EvaluateAsync<bool>("() => window.__cspViolations === undefined"), "an inline script or handler reached the page");
            Assert.Equal(0, await tab.Page.Locator(".article-body script, .article-body iframe, .article-body object, .article-body embed, .article-body svg, .article-body math, .article-body form, .article-body style").CountAsync());
            Assert.Equal(0, await tab.Page.Locator(".article-body [style], .article-body [onerror], .article-body [onload], .article-body [onclick]").CountAsync());
            var scripts = await tab.Page.EvaluateAsync<string[]>("() => [...document.scripts].filter(s => s.type !== 'application/ld+json').map(s => s.getAttribute('src') || 'inline')");
            Assert.All(scripts, src => Assert.StartsWith("/js/", src));
            Assert.DoesNotContain(tab.Errors, e => e.StartsWith("dialog:"));
            await tab.ScreenshotAsync("xss-corpus-article");
        });
    }
}
