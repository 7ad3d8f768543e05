using Fandom.BrowserTests.Infrastructure;
using Fandom.BrowserTests.Pages;
using Fandom.Data.Entities;
using Microsoft.Playwright;

namespace Fandom.BrowserTests.Journeys;

/// <summary>
/// The newsroom's review loop on a real server with the real clock: an author writes and submits, an editor
/// opens it (seeing that she still has it open) and sends it back, the author revises, the editor schedules it
/// seconds ahead, and a reader sees it appear.
/// </summary>
public sealed class EditorialWorkflowJourney(LiveSite site, Chromium chromium) : IClassFixture<LiveSite>, IClassFixture<Chromium>
{
    private const string Password = "Correct-Horse-42";
    private const string Title = "Moonlight Harbour gets a second season";

    [Fact]
    public async Task Author_submits_editor_requests_changes_author_resubmits_editor_schedules_and_a_reader_sees_it_on_time()
    {
        await site.CreateStaffAsync("maya@example.com", "Maya Okoro", Roles.Author, Password);
        await site.CreateStaffAsync("sam@example.com", "Sam Reyes", Roles.Editor, Password);
        await using var authorTab = await chromium.NewTabAsync(site.BaseUrl);
        await using var editorTab = await chromium.NewTabAsync(site.BaseUrl);
        await using var readerTab = await chromium.NewTabAsync(site.BaseUrl);

        await Screenshot.OnFailureAsync(editorTab, async () =>
        {
            var author = authorTab.Page;
            await new SignInPage(author).SignInAsync("maya@example.com", Password);
            var writing = new ArticleEditorPage(author);
            await writing.OpenNewAsync();
            await writing.WriteAsync(Title, "The cosy mystery returns, lighthouse and all.",
                "## What we know\n\nFilming starts in spring.\n\n## Who is back\n\nEveryone, including the cat.", "TV & Movies", "Moonlight Harbour, Streaming");
            await writing.ClickAsync("Save draft");
            Assert.Equal("Draft saved.", await writing.StatusMessageAsync());
            var authorEditor = new WorkflowEditorPage(author);
            await Assertions.Expect(authorEditor.LivePreview.Locator("h2").First).ToHaveTextAsync("What we know");
            await authorTab.ScreenshotAsync("workflow-author-editor");

            // Typing is autosaved within seconds; a tab closed before saving loses nothing.
            var body = author.GetByLabel("Body", new() { Exact = true });
            await body.PressAsync("Control+End");
            await body.PressSequentiallyAsync("\n\nThe lighthouse gets a new keeper.");
            await Assertions.Expect(author.Locator("#autosave-status")).ToContainTextAsync("Unsaved changes kept at", new() { Timeout = 15000 });
            var editorUrl = author.Url;
            await author.GotoAsync("about:blank");
            await author.GotoAsync(editorUrl);
            await Assertions.Expect(author.GetByRole(AriaRole.Note).Filter(new() { HasText = "Restored your unsaved changes" })).ToBeVisibleAsync();
            await Assertions.Expect(author.Locator("textarea#Body")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("The lighthouse gets a new keeper\\.$"));
            await authorTab.ScreenshotAsync("workflow-autosave-restored");
            await writing.ClickAsync("Submit for review");
            Assert.Equal("Submitted for review.", await writing.StatusMessageAsync());

            var editor = editorTab.Page;
            await new SignInPage(editor).SignInAsync("sam@example.com", Password);
            await new DeskPage(editor).OpenFromSectionAsync("Waiting for review", Title);
            var review = new WorkflowEditorPage(editor);
            // The author's editor announced her with its first heartbeat as it loaded, well before the next one is due.
            await Assertions.Expect(review.Presence).ToHaveTextAsync("Maya Okoro is also editing this article.");
            await review.FillAsync("Note to the author", "Lovely. Please add when it streams.");
            await review.ClickAsync("Request changes");
            Assert.StartsWith("Changes requested", await review.StatusMessageAsync());

            await author.ReloadAsync();
            await Assertions.Expect(authorEditor.ReviewNote).ToContainTextAsync("Please add when it streams.");
            await authorEditor.FillAsync("Body", "## What we know\n\nFilming starts in spring; it streams next winter.\n\n## Who is back\n\nEveryone, including the cat.");
            await authorEditor.ClickAsync("Submit for review");
            Assert.Equal("Submitted for review.", await authorEditor.StatusMessageAsync());
            await author.GetByRole(AriaRole.Link, new() { Name = "History" }).ClickAsync();
            await author.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();
            await Assertions.Expect(author.Locator(".diff ins")).ToContainTextAsync("it streams next winter");
            await authorTab.ScreenshotAsync("workflow-compare");

            await new DeskPage(editor).OpenFromSectionAsync("Waiting for review", Title);
            var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
            var goesLive = TimeProvider.System.GetUtcNow().UtcDateTime.AddSeconds(12);
            await review.FillAsync("Publish at", TimeZoneInfo.ConvertTimeFromUtc(goesLive, london).ToString("yyyy-MM-ddTHH:mm:ss"));
            await review.ClickAsync("Schedule");
            Assert.StartsWith("Scheduled: publishes", await review.StatusMessageAsync());
            Assert.EndsWith(" UTC.", await review.StatusMessageAsync());
            await editorTab.ScreenshotAsync("workflow-scheduled");

            var reader = readerTab.Page;
            var story = reader.GetByRole(AriaRole.Link, new() { Name = Title });
            await reader.GotoAsync("/");
            Assert.True(TimeProvider.System.GetUtcNow().UtcDateTime < goesLive, "The check before publication came too late to mean anything.");
            await Assertions.Expect(story).ToHaveCountAsync(0);

            // Nothing runs at the publish time: the next page view after it simply includes the article.
            while (TimeProvider.System.GetUtcNow().UtcDateTime < goesLive) await Task.Delay(250);
            await reader.ReloadAsync();
            await Assertions.Expect(story.First).ToBeVisibleAsync();
            await story.First.ClickAsync();
            await Assertions.Expect(reader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Title);
            await readerTab.ScreenshotAsync("workflow-reader-sees-it");

            await editor.GotoAsync("/editorial");
            await Assertions.Expect(editor.GetByRole(AriaRole.Region, new() { Name = "Recently published" }).GetByRole(AriaRole.Link, new() { Name = Title })).ToBeVisibleAsync();
            await editorTab.ScreenshotAsync("workflow-desk");
            await editor.GotoAsync("/editorial/calendar");
            await Assertions.Expect(editor.GetByRole(AriaRole.Link, new() { Name = Title })).ToBeVisibleAsync();
            await editorTab.ScreenshotAsync("workflow-calendar");

            Assert.True(authorTab.Errors.Count == 0, "authorTab: " + string.Join("\n", authorTab.Errors));
            Assert.True(editorTab.Errors.Count == 0, "editorTab: " + string.Join("\n", editorTab.Errors));
            Assert.True(readerTab.Errors.Count == 0, "readerTab: " + string.Join("\n", readerTab.Errors));
        });
    }
}
