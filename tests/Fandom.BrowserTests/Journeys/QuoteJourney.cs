using System.Text.RegularExpressions;
using Fandom.BrowserTests.Infrastructure;
using Fandom.BrowserTests.Pages;
using Fandom.Data.Entities;
using Microsoft.Playwright;

namespace Fandom.BrowserTests.Journeys;

/// <summary>Quotes as the newsroom uses them: into the library, into an article, onto the person's page.</summary>
public sealed partial class QuoteJourney(LiveSite site, Chromium chromium) : IClassFixture<LiveSite>, IClassFixture<Chromium>
{
    [Fact]
    public async Task An_editor_quotes_a_person_twice_and_readers_find_both_quotes_on_their_page()
    {
        var (email, password) = await site.CreateStaffAsync(Roles.Editor, "Quinn Abara");
        await using var staff = await chromium.NewTabAsync(site.BaseUrl);
        await using var reader = await chromium.NewTabAsync(site.BaseUrl);
        await Screenshot.OnFailureAsync(staff, async () =>
        {
            var page = staff.Page;
            await new SignInPage(page).SignInAsync(email, password);
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Quinn Abara" })).ToBeVisibleAsync();

            await new QuoteFormPage(page).AddAsync(
                "Every fandom starts with one good story, told to one person who needed it.",
                "Kit Marlowe", "Screen Ledger", "https://example.com/screen-ledger/kit-marlowe", "2026-05-02");
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Quote saved.");
            await staff.ScreenshotAsync("quote-library");

            var editor = new ArticleEditorPage(page);
            await editor.OpenNewAsync();
            await editor.WriteAsync(
                "Kit Marlowe on the story that started it all",
                "The showrunner on fandom, first loves and second chances.",
                "Marlowe has been saying it for years.\n\n" +
                "> I wrote the show I wanted to find at fifteen.\n>\n> — Kit Marlowe, [Kettle & Quill](https://example.com/kettle-and-quill/marlowe)\n\n" +
                "And on the fans who found it:\n\n",
                "Pop Culture", "Streaming");
            var picker = new QuotePicker(page);
            await picker.SearchAtEndOfBodyAsync("Kit Marlowe");
            await Assertions.Expect(page.Locator(".quote-picker-results li")).ToHaveCountAsync(1);
            await picker.InsertAsync("one good story");
            await Assertions.Expect(page.Locator("textarea#Body")).ToHaveValueAsync(QuoteShortcode());
            await staff.ScreenshotAsync("editor-with-quotes");
            await editor.ClickAsync("Save draft");
            Assert.Equal("Draft saved.", await editor.StatusMessageAsync());
            await editor.ClickAsync("Publish");
            Assert.Equal("Published.", await editor.StatusMessageAsync());

            await reader.Page.GotoAsync("/");
            await reader.Page.GetByRole(AriaRole.Link, new() { Name = "Kit Marlowe on the story that started it all" }).First.ClickAsync();
            var figures = reader.Page.Locator(".article-body figure.quote");
            await Assertions.Expect(figures).ToHaveCountAsync(2);
            await Assertions.Expect(figures.Nth(0).Locator("figcaption")).ToHaveTextAsync("— Kit Marlowe, Kettle & Quill");
            await Assertions.Expect(figures.Nth(1).Locator("figcaption")).ToHaveTextAsync("— Kit Marlowe, Screen Ledger");
            await Assertions.Expect(figures.Nth(1).Locator("blockquote")).ToContainTextAsync("one good story");
            await reader.ScreenshotAsync("article-with-quotes");

            await figures.Nth(0).GetByRole(AriaRole.Link, new() { Name = "Kit Marlowe" }).ClickAsync();
            await Assertions.Expect(reader.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kit Marlowe");
            var quotes = reader.Page.Locator(".person-quotes figure.quote blockquote");
            await Assertions.Expect(quotes).ToHaveCountAsync(2);
            await Assertions.Expect(quotes.Filter(new() { HasText = "fifteen" })).ToHaveCountAsync(1);
            await Assertions.Expect(quotes.Filter(new() { HasText = "one good story" })).ToHaveCountAsync(1);
            await Assertions.Expect(reader.Page.Locator(".person-articles").GetByRole(AriaRole.Link, new() { Name = "Kit Marlowe on the story that started it all" })).ToBeVisibleAsync();
            await reader.ScreenshotAsync("person-page");

            Assert.Empty(staff.Errors);
            Assert.Empty(reader.Errors);
        });
    }

    [Fact]
    public async Task A_demo_video_loads_nothing_from_the_host_until_the_reader_presses_play()
    {
        await using var reader = await chromium.NewTabAsync(site.BaseUrl);
        var elsewhere = new List<string>();
        reader.Page.Request += (_, request) => { if (!request.Url.StartsWith(site.BaseUrl)) elsewhere.Add(request.Url); };
        await Screenshot.OnFailureAsync(reader, async () =>
        {
            await reader.Page.GotoAsync("/articles/the-lantern-court-trailer-is-finally-here-and-yes-the-ballroom-scene-made-it");
            var play = reader.Page.GetByRole(AriaRole.Button, new() { Name = "Play video (YouTube)" });
            await Assertions.Expect(play).ToBeVisibleAsync();
            await reader.Page.Locator("figure.video").First.ScrollIntoViewIfNeededAsync();
            await reader.ScreenshotAsync("video-placeholder");
            Assert.Empty(elsewhere);
            Assert.Equal(0, await reader.Page.Locator("iframe").CountAsync());

            await play.FocusAsync();
            await reader.Page.Keyboard.PressAsync("Enter");
            var frame = reader.Page.Locator("figure.video iframe");
            await Assertions.Expect(frame).ToHaveAttributeAsync("src", "https://www.youtube-nocookie.com/embed/Lc7ntRnQx2k?autoplay=1");
        });
    }

    [GeneratedRegex(@"^Marlowe has been saying it for years\.[\s\S]*And on the fans who found it:\n\n\{\{quote \d+\}\}\n$")]
    private static partial Regex QuoteShortcode();
}
