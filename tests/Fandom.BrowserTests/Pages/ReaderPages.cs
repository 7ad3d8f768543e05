using Microsoft.Playwright;

namespace Fandom.BrowserTests.Pages;

/// <summary>The reader's site as a visitor finds its way around it: from the front page to each kind of page.</summary>
public sealed class ReaderSite(IPage page)
{
    /// <summary>One address of each reader page type, found by following links from the front page.</summary>
    public async Task<IReadOnlyList<(string Name, string Url)>> PageTypesAsync()
    {
        await page.GotoAsync("/");
        var article = await page.Locator(".lead-title a").GetAttributeAsync("href");
        var category = await page.GetByRole(AriaRole.Navigation, new() { Name = "Sections" }).GetByRole(AriaRole.Link).First.GetAttributeAsync("href");
        await page.GotoAsync(article!);
        var tag = await page.Locator(".tags a").First.GetAttributeAsync("href");
        var author = await page.Locator("a[rel=author]").First.GetAttributeAsync("href");
        return
        [
            ("home", "/"), ("article", article!), ("category", category!), ("tag", tag!), ("author", author!),
            ("person", "/people/mara-ellison"), ("search", "/search?q=lantern"), ("not-found", "/articles/no-such-story"),
        ];
    }

    public async Task SearchAsync(string words)
    {
        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Search" }).ClickAsync();
        await page.GetByRole(AriaRole.Search).GetByLabel("Search articles").FillAsync(words);
        await page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
    }
}
