using System.Runtime.CompilerServices;
using Fandom.BrowserTests.Infrastructure;
using Fandom.BrowserTests.Pages;
using Microsoft.Playwright;

namespace Fandom.BrowserTests.Journeys;

/// <summary>A new newsroom's first day: set up, sign in, write, publish, and read it as anyone would.</summary>
public sealed class FirstArticleJourney(LiveSite site, Chromium chromium) : IClassFixture<LiveSite>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Setup_sign_in_write_publish_and_read_as_an_anonymous_reader()
    {
        await using var staff = await chromium.NewTabAsync(site.BaseUrl);
        await using var reader = await chromium.NewTabAsync(site.BaseUrl);
        await Screenshot.OnFailureAsync(staff, async () =>
        {
            var page = staff.Page;
            await new SetupPage(page).CreateAdminAsync("editor-in-chief@example.com", "Robin Vale", "Correct-Horse-42");
            await Assertions.Expect(page).ToHaveURLAsync($"{site.BaseUrl}/editorial");

            await SignInPage.SignOutAsync(page);
            await new SignInPage(page).SignInAsync("editor-in-chief@example.com", "Correct-Horse-42");
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Robin Vale" })).ToBeVisibleAsync();

            var editor = new ArticleEditorPage(page);
            await editor.OpenNewAsync();
            await editor.WriteAsync(
                "Harborcon announces its biggest cosplay stage yet",
                "Bigger stage, longer queues, better snacks.",
                "## The headline\n\nThe main stage doubles in size this year.\n\n- [x] Book tickets\n- [ ] Finish the gloves",
                "Pop Culture", "Conventions, Cosplay");
            await editor.ClickAsync("Save draft");
            Assert.Equal("Draft saved.", await editor.StatusMessageAsync());
            await staff.ScreenshotAsync("editor-draft");

            await editor.ClickAsync("Publish");
            Assert.Equal("Published.", await editor.StatusMessageAsync());

            await reader.Page.GotoAsync("/");
            await reader.Page.GetByRole(AriaRole.Link, new() { Name = "Harborcon announces its biggest cosplay stage yet" }).First.ClickAsync();
            await Assertions.Expect(reader.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Harborcon announces its biggest cosplay stage yet");
            await Assertions.Expect(reader.Page.Locator(".article-body h2")).ToHaveTextAsync("The headline");
            await Assertions.Expect(reader.Page.GetByRole(AriaRole.Link, new() { Name = "Robin Vale" })).ToBeVisibleAsync();
            await reader.ScreenshotAsync("article-as-reader");

            Assert.Empty(staff.Errors);
            Assert.Empty(reader.Errors);
        });
    }
}

public static class Screenshot
{
    /// <summary>Runs a journey; if it fails, the page as it was is saved beside the other artifacts, and the failure stands.</summary>
    public static async Task OnFailureAsync(BrowserTab tab, Func<Task> journey, [CallerMemberName] string name = "")
    {
        try
        {
            await journey();
        }
        catch
        {
            await tab.ScreenshotAsync($"FAILED-{name}");
            throw;
        }
    }
}
