using System.Text.RegularExpressions;
using Fandom.BrowserTests.Infrastructure;
using Fandom.BrowserTests.Pages;
using Fandom.Data.Entities;
using Microsoft.Playwright;
using SkiaSharp;

namespace Fandom.BrowserTests.Journeys;

/// <summary>
/// The writing desk: typing with the keyboard shortcuts, inserting from the "/" menu, dropping an image into the text,
/// and publishing a story from the screen it was written on.
/// </summary>
public sealed partial class WritingDeskJourney(LiveSite site, Chromium chromium) : IClassFixture<LiveSite>, IClassFixture<Chromium>
{
    [Fact]
    public async Task A_writer_formats_with_the_shortcuts_and_the_toolbar_undoes_and_redoes_and_sees_it_in_the_preview()
    {
        var (email, password) = await site.CreateStaffAsync(Roles.Author, "Noor Haddad");
        await using var tab = await chromium.NewTabAsync(site.BaseUrl);
        await Screenshot.OnFailureAsync(tab, async () =>
        {
            var page = tab.Page;
            await new SignInPage(page).SignInAsync(email, password);
            var desk = new WritingDeskPage(page);
            await desk.OpenNewAsync();
            await page.GetByLabel("Title", new() { Exact = true }).FillAsync("The finale, line by line");

            await desk.Body.ClickAsync();
            await desk.TypeAsync("What we saw");
            await desk.PressAsync("Shift+Home");
            await desk.PressAsync("Control+Alt+2");
            await desk.PressAsync("End");
            await desk.TypeAsync("\n\nIt was ");
            await desk.PressAsync("Control+B");
            await desk.TypeAsync("loud");
            await desk.PressAsync("End");
            await desk.TypeAsync(" and ");
            await desk.PressAsync("Control+I");
            await desk.TypeAsync("tender");
            await desk.PressAsync("End");
            await desk.TypeAsync(". Read the ");
            await desk.PressAsync("Control+K");
            await desk.TypeAsync("https://example.com/recap");
            await desk.PressAsync("End");
            await desk.TypeAsync("\n\n");
            await desk.Toolbar.GetByRole(AriaRole.Button, new() { Name = "Bold" }).ClickAsync();
            await desk.TypeAsync("Signed off");
            await desk.PressAsync("End");
            await desk.TypeAsync("\n\nThe last line.");
            await desk.PressAsync("Shift+Home");
            await desk.PressAsync("Control+Shift+.");
            Assert.Equal("## What we saw\n\nIt was **loud** and *tender*. Read the [link text](https://example.com/recap)\n\n**Signed off**\n\n> The last line.",
                await desk.BodyTextAsync());

            // Undo takes the last change back, redo puts it again; the toolbar does the same as the keys.
            await desk.PressAsync("Control+Z");
            Assert.EndsWith("\n\nThe last line.", await desk.BodyTextAsync());
            await desk.Toolbar.GetByRole(AriaRole.Button, new() { Name = "Redo" }).ClickAsync();
            Assert.EndsWith("\n\n> The last line.", await desk.BodyTextAsync());
            await desk.Toolbar.GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();
            Assert.EndsWith("\n\nThe last line.", await desk.BodyTextAsync());
            await desk.PressAsync("Control+Shift+Z");
            Assert.EndsWith("\n\n> The last line.", await desk.BodyTextAsync());

            // The dialect's marks are coloured as they are typed.
            await Assertions.Expect(page.Locator(".cm-content .md-heading", new() { HasText = "What we saw" }).First).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".cm-content .md-strong", new() { HasText = "loud" }).First).ToBeVisibleAsync();

            await Assertions.Expect(desk.Preview.Locator("h2")).ToHaveTextAsync("What we saw");
            await Assertions.Expect(desk.Preview.Locator("strong").First).ToHaveTextAsync("loud");
            await Assertions.Expect(desk.Preview.Locator("em")).ToHaveTextAsync("tender");
            await Assertions.Expect(desk.Preview.Locator("a[href='https://example.com/recap']")).ToHaveTextAsync("link text");
            await Assertions.Expect(desk.Stats).ToHaveTextAsync("17 words · 1 min read");
            await tab.ScreenshotAsync("writing-desk-shortcuts");

            await desk.ClickAsync("Save draft");
            await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Draft saved.");
            await Assertions.Expect(desk.Body).ToContainTextAsync("Signed off");
            Assert.Empty(tab.Errors);
        });
    }
}
