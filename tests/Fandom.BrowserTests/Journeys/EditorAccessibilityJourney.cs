using Fandom.BrowserTests.Infrastructure;
using Fandom.BrowserTests.Pages;
using Fandom.Data.Entities;
using Microsoft.Playwright;

namespace Fandom.BrowserTests.Journeys;

/// <summary>
/// The article editor at desktop and phone widths, in light and dark schemes, with a rich demo story open: axe-core
/// finds no WCAG 2.1 A/AA violation on the page, with the insert menu open, or with a dialog open, and the CSP holds.
/// </summary>
public sealed class EditorAccessibilityJourney(LiveSite site, Chromium chromium) : IClassFixture<LiveSite>, IClassFixture<Chromium>
{
    [Fact]
    public async Task The_editor_passes_axe_at_1280_and_375_pixels_in_light_and_dark()
    {
        var (email, password) = await site.CreateStaffAsync(Roles.Editor, "Axel Checker");
        var failures = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        foreach (var width in new[] { 1280, 375 })
        {
            var name = $"{width}-{scheme.ToString().ToLowerInvariant()}";
            await using var tab = await chromium.NewTabAsync(site.BaseUrl, width, 900, scheme, Axe.Source);
            var page = tab.Page;
            await new SignInPage(page).SignInAsync(email, password);
            // The demo's lead story: quotes, a video, a spoiler, an image and handles, all highlighted in the editor.
            await page.GotoAsync("/editorial");
            await page.GetByRole(AriaRole.Region, new() { Name = "Recently published" }).GetByRole(AriaRole.Link).First.ClickAsync();
            var desk = new WritingDeskPage(page);
            await Assertions.Expect(desk.Body).ToBeVisibleAsync();
            await Assertions.Expect(desk.Stats).ToContainTextAsync("min read");
            await tab.ScreenshotAsync($"editor-{name}");
            await page.Locator(".body-field").ScreenshotAsync(new() { Path = Path.Combine(Paths.Artifacts, $"editor-body-{name}.png") });
            failures.AddRange((await Axe.ViolationsAsync(page)).Select(v => $"editor {name}: {v}"));

            await desk.Toolbar.GetByRole(AriaRole.Button, new() { Name = "Insert…" }).ClickAsync();
            await Assertions.Expect(desk.InsertMenu).ToBeVisibleAsync();
            failures.AddRange((await Axe.ViolationsAsync(page)).Select(v => $"insert menu {name}: {v}"));
            await desk.InsertMenu.GetByRole(AriaRole.Menuitem, new() { Name = "Image from the library" }).ClickAsync();
            var library = desk.Dialog("Image from the library");
            await Assertions.Expect(library.GetByRole(AriaRole.Listitem).First).ToBeVisibleAsync();
            await tab.ScreenshotAsync($"editor-media-dialog-{name}");
            failures.AddRange((await Axe.ViolationsAsync(page)).Select(v => $"media dialog {name}: {v}"));
            await page.Keyboard.PressAsync("Escape");

            await desk.Toolbar.GetByRole(AriaRole.Button, new() { Name = "Full screen" }).ClickAsync();
            await Assertions.Expect(desk.Body).ToBeFocusedAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(Paths.Artifacts, $"editor-full-screen-{name}.png") });
            failures.AddRange((await Axe.ViolationsAsync(page)).Select(v => $"full screen {name}: {v}"));
            await page.Keyboard.PressAsync("Escape");
            await Assertions.Expect(desk.Toolbar.GetByRole(AriaRole.Button, new() { Name = "Full screen" })).ToHaveAttributeAsync("aria-pressed", "false");
            failures.AddRange(tab.Errors.Select(e => $"{name}: {e}"));
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
