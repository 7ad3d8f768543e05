using Fandom.BrowserTests.Infrastructure;
using Fandom.BrowserTests.Pages;
using Fandom.Data.Entities;
using Microsoft.Playwright;

namespace Fandom.BrowserTests.Journeys;

/// <summary>The database stops taking writes while an editor works: nothing typed is lost, and saving works again after.</summary>
public sealed class WriteFaultJourney(LiveSite site, Chromium chromium) : IClassFixture<LiveSite>, IClassFixture<Chromium>
{
    [Fact]
    public async Task A_save_the_database_refuses_keeps_the_text_in_the_editor_and_the_next_one_saves()
    {
        var (email, password) = await site.CreateStaffAsync(Roles.Editor, "Dana Fault");
        await using var staff = await chromium.NewTabAsync(site.BaseUrl);
        await Screenshot.OnFailureAsync(staff, async () =>
        {
            var page = staff.Page;
            await new SignInPage(page).SignInAsync(email, password);
            var editor = new ArticleEditorPage(page);
            await editor.OpenNewAsync();
            await editor.WriteAsync("Written through a fault", "The disk fills up.", "The first version.", "Pop Culture", "Resilience");
            await editor.ClickAsync("Save draft");
            Assert.Equal("Draft saved.", await editor.StatusMessageAsync());

            site.RefuseWrites();
            try
            {
                // The editor opens while the database refuses writes: reading it writes nothing.
                await page.ReloadAsync();
                const string typed = "The first version.\n\nA paragraph typed while nothing could be saved.";
                await page.GetByLabel("Body", new() { Exact = true }).FillAsync(typed);
                await editor.ClickAsync("Save draft");
                await Assertions.Expect(page.Locator(".validation-summary")).ToContainTextAsync("Nothing was saved: the database cannot take changes right now");
                await Assertions.Expect(page.Locator("textarea#Body")).ToHaveValueAsync(typed);
                await staff.ScreenshotAsync("editor-save-refused");
            }
            finally
            {
                site.AcceptWrites();
            }

            await editor.ClickAsync("Save draft");
            Assert.Equal("Draft saved.", await editor.StatusMessageAsync());
            await Assertions.Expect(page.Locator("textarea#Body")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("typed while nothing could be saved\\.$"));
        });
    }
}
