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
        await using var tab = await chromium.NewTabAsync(site.BaseUrl);
        await Screenshot.OnFailureAsync(tab, async () =>
        {
            var page = tab.Page;
            var desk = await SignInAsync(page, Roles.Author, "Noor Haddad");
            await desk.NewArticleAsync("The finale, line by line");

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

    [Fact]
    public async Task An_editor_inserts_a_library_quote_a_video_and_a_spoiler_from_the_slash_menu()
    {
        await using var tab = await chromium.NewTabAsync(site.BaseUrl);
        await Screenshot.OnFailureAsync(tab, async () =>
        {
            var page = tab.Page;
            var desk = await SignInAsync(page, Roles.Editor, "Ravi Menon");
            await new QuoteFormPage(page).AddAsync("A finale should feel like a door, not a wall.", "Imogen Hale", "Screen Ledger",
                "https://example.com/screen-ledger/hale", "2026-04-12");
            await desk.NewArticleAsync("Doors, not walls: the finale explained");
            await desk.Body.ClickAsync();
            await desk.TypeAsync("The showrunner put it best.\n\n");

            await desk.SlashInsertAsync("Quote from the library");
            await page.GetByLabel("Search the quote library").PressSequentiallyAsync("door, not");
            var result = page.Locator(".quote-picker-results li", new() { HasText = "like a door" });
            await Assertions.Expect(result).ToHaveCountAsync(1);
            await result.GetByRole(AriaRole.Button, new() { Name = "Insert" }).ClickAsync();
            Assert.Matches(LibraryQuoteLine(), await desk.BodyTextAsync());
            await Assertions.Expect(desk.Body).ToBeFocusedAsync();

            await desk.TypeAsync("/");
            await Assertions.Expect(desk.InsertMenu).ToBeVisibleAsync();
            await desk.PressAsync("v");
            await Assertions.Expect(desk.InsertMenu.GetByRole(AriaRole.Menuitem, new() { Name = "Video by URL" })).ToBeFocusedAsync();
            await desk.PressAsync("Enter");
            var video = desk.Dialog("Insert a video");
            await Assertions.Expect(video).ToBeVisibleAsync();
            await video.GetByLabel("Video URL").FillAsync("not an address");
            await video.GetByRole(AriaRole.Button, new() { Name = "Insert video" }).ClickAsync();
            await Assertions.Expect(video.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Enter the video’s full address, starting with https://.");
            await video.GetByLabel("Video URL").FillAsync("https://www.youtube.com/watch?v=Lc7ntRnQx2k");
            await video.GetByRole(AriaRole.Button, new() { Name = "Insert video" }).ClickAsync();
            await Assertions.Expect(video).ToBeHiddenAsync();

            await desk.SlashInsertAsync("Spoiler block");
            await desk.TypeAsync("The last five minutes");
            var body = await desk.BodyTextAsync();
            Assert.Matches(@"\n\n\{\{video https://www\.youtube\.com/watch\?v=Lc7ntRnQx2k\}\}\n\n:::spoiler The last five minutes\nWhat happens, hidden until the reader opens it\.\n:::\n$", body);
            Assert.DoesNotContain("/{{", body);

            // Each element of the dialect has its own colour in the text.
            await Assertions.Expect(page.Locator(".cm-content .cm-line:has(.fd-shortcode)")).ToHaveCountAsync(2);
            await Assertions.Expect(page.Locator(".cm-content .cm-line:has(.fd-spoiler)")).ToHaveCountAsync(2);
            await Assertions.Expect(desk.Preview.Locator("figure.quote figcaption")).ToHaveTextAsync("— Imogen Hale, Screen Ledger");
            await Assertions.Expect(desk.Preview.Locator("figure.video")).ToHaveCountAsync(1);
            await Assertions.Expect(desk.Preview.Locator("details.spoiler summary")).ToHaveTextAsync("Spoiler: The last five minutes");
            await tab.ScreenshotAsync("writing-desk-slash-inserts");

            // The toolbar's Insert button opens the same menu; Escape closes it and gives the text back its cursor.
            await desk.Toolbar.GetByRole(AriaRole.Button, new() { Name = "Insert…" }).ClickAsync();
            await Assertions.Expect(desk.InsertMenu).ToBeVisibleAsync();
            await tab.ScreenshotAsync("writing-desk-insert-menu");
            await desk.PressAsync("Escape");
            await Assertions.Expect(desk.InsertMenu).ToBeHiddenAsync();
            await Assertions.Expect(desk.Body).ToBeFocusedAsync();
            Assert.Empty(tab.Errors);
        });
    }

    [Fact]
    public async Task An_editor_drops_an_image_into_the_text_describes_it_and_readers_see_it_with_its_credit()
    {
        await using var tab = await chromium.NewTabAsync(site.BaseUrl);
        await using var reader = await chromium.NewTabAsync(site.BaseUrl);
        await Screenshot.OnFailureAsync(tab, async () =>
        {
            var page = tab.Page;
            var desk = await SignInAsync(page, Roles.Editor, "Hana Sato");
            await desk.NewArticleAsync("The lighthouse set, up close");
            await desk.Body.ClickAsync();
            await desk.TypeAsync("Built in eleven weeks.\n\n");
            var typed = await desk.BodyTextAsync();

            // A file that is not an image is refused with the reason, and the text is left as it was.
            await desk.DropFileAsync(new FilePayload { Name = "notes.png", MimeType = "image/png", Buffer = "not a picture"u8.ToArray() });
            var dialog = desk.Dialog("Add an image");
            await Assertions.Expect(dialog).ToBeVisibleAsync();
            await dialog.GetByLabel("Alt text", new() { Exact = true }).FillAsync("Nothing");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Upload and insert" }).ClickAsync();
            await Assertions.Expect(dialog.GetByRole(AriaRole.Alert)).ToContainTextAsync("notes.png: This file is not an image we can read.");
            await tab.ScreenshotAsync("writing-desk-image-refused");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
            Assert.Equal(typed, await desk.BodyTextAsync());

            // Held back a little, so the progress bar can be seen while the file goes up.
            await page.RouteAsync("**/editorial/media", async route =>
            {
                if (route.Request.Method == "POST") await Task.Delay(500);
                await route.ContinueAsync();
            });
            await desk.DropFileAsync(MediaJourney.Png("lighthouse.png", 1600, 900, SKColors.Navy, SKColors.Goldenrod));
            await Assertions.Expect(dialog).ToBeVisibleAsync();
            await Assertions.Expect(dialog.Locator("img[data-file-preview]")).ToBeVisibleAsync();
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Upload and insert" }).ClickAsync();
            await Assertions.Expect(dialog.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Describe the image for people who cannot see it.");
            await dialog.GetByLabel("Alt text", new() { Exact = true }).FillAsync("The lighthouse lamp room at dusk");
            await dialog.GetByLabel("Credit", new() { Exact = true }).FillAsync("Harbour Pictures");
            await tab.ScreenshotAsync("writing-desk-image-dialog");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Upload and insert" }).ClickAsync();
            await Assertions.Expect(dialog.Locator("progress")).ToBeVisibleAsync();
            await Assertions.Expect(dialog).ToBeHiddenAsync(new() { Timeout = 30_000 });
            await page.UnrouteAllAsync();
            var body = await desk.BodyTextAsync();
            Assert.Matches(@"^Built in eleven weeks\.\n\n\{\{image \d+\}\}\n$", body);

            var figure = desk.Preview.Locator("figure.image");
            await Assertions.Expect(figure.Locator("img")).ToHaveAttributeAsync("alt", "The lighthouse lamp room at dusk");
            await Assertions.Expect(figure.Locator(".credit")).ToHaveTextAsync("cr. Harbour Pictures");
            await tab.ScreenshotAsync("writing-desk-image-in-preview");

            await desk.ClickAsync("Publish");
            await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Published.");
            var address = await page.GetByRole(AriaRole.Link, new() { Name = "View on site" }).GetAttributeAsync("href");
            await reader.Page.GotoAsync(address!);
            var published = reader.Page.Locator(".article-body figure.image");
            await Assertions.Expect(published.Locator("img")).ToHaveAttributeAsync("alt", "The lighthouse lamp room at dusk");
            await Assertions.Expect(published.Locator(".credit")).ToHaveTextAsync("cr. Harbour Pictures");
            await published.ScrollIntoViewIfNeededAsync();
            await reader.Page.WaitForFunctionAsync("img => img.complete && img.naturalWidth > 0", await published.Locator("img").ElementHandleAsync());
            await reader.ScreenshotAsync("writing-desk-image-published");
            // The refused file's answer is the one error the console saw.
            Assert.Equal(["Failed to load resource: the server responded with a status of 400 (Bad Request)"], tab.Errors.Select(e => e.Split(" (http")[0]));
            Assert.Empty(reader.Errors);
        });
    }

    [Fact]
    public async Task An_editor_publishes_a_brand_new_article_from_its_first_screen()
    {
        await using var tab = await chromium.NewTabAsync(site.BaseUrl);
        await using var reader = await chromium.NewTabAsync(site.BaseUrl);
        await Screenshot.OnFailureAsync(tab, async () =>
        {
            var page = tab.Page;
            var desk = await SignInAsync(page, Roles.Editor, "Femi Adeyemi");
            await desk.NewArticleAsync("Night market cosplay wins the weekend");
            foreach (var field in new[] { "Slug", "Publish at", "Unpublish at" })
                await Assertions.Expect(page.GetByLabel(field, new() { Exact = true })).ToBeVisibleAsync();
            await page.GetByLabel("Slug", new() { Exact = true }).FillAsync("night-market-cosplay");
            await desk.Body.ClickAsync();
            await desk.TypeAsync("Lanterns, capes and a very good dog.");
            await tab.ScreenshotAsync("writing-desk-first-screen");
            await desk.ClickAsync("Publish");
            await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Published.");

            await reader.Page.GotoAsync("/articles/night-market-cosplay");
            await Assertions.Expect(reader.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Night market cosplay wins the weekend");
            await Assertions.Expect(reader.Page.Locator(".article-body")).ToContainTextAsync("a very good dog");
            Assert.Empty(tab.Errors);
            Assert.Empty(reader.Errors);
        });
    }

    [Fact]
    public async Task The_same_story_saved_without_javascript_renders_exactly_as_the_one_written_in_the_editor()
    {
        const string story = "## The ballroom\n\nIt took *eleven* weeks, says @lanterncourt.\n\n" +
            "> We wanted every candle to be real.\n>\n> — Mara Ellison, [Screen Ledger](https://example.com/ledger)\n\n" +
            "{{video https://vimeo.com/76979871}}\n\n:::spoiler Who lights them\nThe ghost, of course.\n:::\n\n" +
            "- [x] Candles\n- [ ] Ghost\n\n| Week | Work |\n|---|---|\n| 1 | ~~Plans~~ Build |";
        var (email, password) = await site.CreateStaffAsync(Roles.Editor, "Oli Brandt");
        await using var scripted = await chromium.NewTabAsync(site.BaseUrl);
        await using var plain = await chromium.NewTabAsync(site.BaseUrl, javaScript: false);
        await using var reader = await chromium.NewTabAsync(site.BaseUrl);
        await Screenshot.OnFailureAsync(plain, async () =>
        {
            var addresses = new List<string>();
            foreach (var (tab, title) in new[] { (scripted, "Candles, written in the editor"), (plain, "Candles, written without scripts") })
            {
                var page = tab.Page;
                await new SignInPage(page).SignInAsync(email, password);
                await page.GotoAsync("/editorial/articles/new");
                await page.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
                // With scripts the label names the editor; without, the textarea it replaces, which is then the whole editor.
                var body = page.GetByLabel("Body", new() { Exact = true });
                Assert.Equal(tab == scripted ? "div" : "textarea", await body.EvaluateAsync<string>("e => e.localName"));
                await body.FillAsync(story);
                if (tab == plain) await tab.ScreenshotAsync("writing-desk-without-javascript");
                await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
                await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Published.");
                addresses.Add((await page.GetByRole(AriaRole.Link, new() { Name = "View on site" }).GetAttributeAsync("href"))!);
            }

            var bodies = new List<string>();
            foreach (var address in addresses)
            {
                await reader.Page.GotoAsync(address);
                bodies.Add(await reader.Page.Locator(".article-body").InnerHTMLAsync());
            }
            Assert.Contains("<figure class=\"quote\">", bodies[0]);
            Assert.Contains("<details class=\"spoiler\">", bodies[0]);
            Assert.Equal(bodies[0], bodies[1]);
            Assert.Empty(scripted.Errors);
        });
    }

    [Fact]
    public async Task The_preview_scrolls_in_step_with_the_text()
    {
        await using var tab = await chromium.NewTabAsync(site.BaseUrl, 1440, 900);
        await Screenshot.OnFailureAsync(tab, async () =>
        {
            var page = tab.Page;
            var desk = await SignInAsync(page, Roles.Editor, "Scroll Keeper");
            await desk.NewArticleAsync("A long one");
            await desk.Body.ClickAsync();
            var paragraphs = string.Join("\n\n", Enumerable.Range(1, 60).Select(i => $"## Part {i}\n\nParagraph number {i} of a long story."));
            await desk.Body.FillAsync(paragraphs);
            await Assertions.Expect(desk.Preview.Locator("h2")).ToHaveCountAsync(60);

            // At the top of the text, the preview is at its top; half-way down, half-way down; at the end, at its end.
            await page.Locator(".cm-scroller").EvaluateAsync("e => e.scrollTop = 0");
            await page.WaitForFunctionAsync("() => document.querySelector('#live-preview').scrollTop === 0");
            await page.Locator(".cm-scroller").EvaluateAsync("e => e.scrollTop = (e.scrollHeight - e.clientHeight) / 2");
            await page.WaitForFunctionAsync("() => { const p = document.querySelector('#live-preview'); " +
                "return Math.abs(p.scrollTop / (p.scrollHeight - p.clientHeight) - 0.5) < 0.02; }");
            await page.Locator(".cm-scroller").EvaluateAsync("e => e.scrollTop = e.scrollHeight");
            await Assertions.Expect(desk.Preview.Locator("h2").Last).ToBeInViewportAsync();
            await tab.ScreenshotAsync("writing-desk-scroll-in-step");
            await desk.Body.FillAsync("## Replaced\n\nAll of it, at once.");
            await Assertions.Expect(desk.Preview.Locator("h2")).ToHaveCountAsync(1);
            Assert.True(tab.Errors.Count == 0, string.Join("\n", tab.Errors));
        });
    }

    /// <summary>A new staff member of that role, signed in in that tab, at the writing desk.</summary>
    private async Task<WritingDeskPage> SignInAsync(IPage page, string role, string name)
    {
        var (email, password) = await site.CreateStaffAsync(role, name);
        await new SignInPage(page).SignInAsync(email, password);
        return new WritingDeskPage(page);
    }

    [GeneratedRegex(@"^The showrunner put it best\.\n\n\{\{quote \d+\}\}\n$")]
    private static partial Regex LibraryQuoteLine();
}
