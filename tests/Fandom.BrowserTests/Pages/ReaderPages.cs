using Microsoft.Playwright;

namespace Fandom.BrowserTests.Pages;

/// <summary>The reader's site as a visitor finds their way around it.</summary>
public sealed class ReaderSite(IPage page)
{
    public async Task SearchAsync(string words)
    {
        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Search" }).ClickAsync();
        await page.GetByRole(AriaRole.Search).GetByLabel("Search articles").FillAsync(words);
        await page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
    }
}
