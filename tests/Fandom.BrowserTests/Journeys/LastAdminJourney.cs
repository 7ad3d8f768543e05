using Fandom.BrowserTests.Infrastructure;
using Fandom.BrowserTests.Pages;
using Microsoft.Playwright;

namespace Fandom.BrowserTests.Journeys;

/// <summary>The site's only Admin looks everywhere for a way to remove or demote themselves, and finds none.</summary>
public sealed class LastAdminJourney(LiveSite site, Chromium chromium) : IClassFixture<LiveSite>, IClassFixture<Chromium>
{
    [Fact]
    public async Task The_last_admin_finds_no_way_to_delete_or_demote_themselves_in_the_users_pages_or_their_account_settings()
    {
        await using var tab = await chromium.NewTabAsync(site.BaseUrl);
        var page = tab.Page;
        await Screenshot.OnFailureAsync(tab, async () =>
        {
            await new SetupPage(page).CreateAdminAsync("only.admin@example.com", "Olive Only", "Correct-Horse-42");
            var users = new UsersAdminPage(page);
            await users.OpenFromStaffBarAsync();

            // The list marks their own row and offers no action on any row.
            var own = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "only.admin@example.com" });
            await Assertions.Expect(own.GetByText("you", new() { Exact = true })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button)).ToHaveTextAsync(["Filter"]);

            // Their own page explains, and offers no role change, lock or delete.
            await own.GetByRole(AriaRole.Link, new() { Name = "Olive Only" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Olive Only", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Note)).ToContainTextAsync("This is your own account.");
            foreach (var button in new[] { "Change role", "Lock account", "Delete user", "Force password reset" })
                await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = button })).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByLabel("New role")).ToHaveCountAsync(0);
            await tab.ScreenshotAsync("last-admin-own-account");

            // Account settings: every page of the menu, none with a delete.
            await page.GetByRole(AriaRole.Link, new() { Name = "your account settings" }).ClickAsync();
            foreach (var (menu, shot) in new[] { ("Profile", "profile"), ("Email", "email"), ("Password", "password"), ("Two-factor authentication", "two-factor"), ("Personal data", "personal-data") })
            {
                await page.GetByRole(AriaRole.Link, new() { Name = menu, Exact = true }).ClickAsync();
                await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("delete", System.Text.RegularExpressions.RegexOptions.IgnoreCase) })).ToHaveCountAsync(0);
                await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("delete", System.Text.RegularExpressions.RegexOptions.IgnoreCase) })).ToHaveCountAsync(0);
                if (shot == "personal-data")
                {
                    await Assertions.Expect(page.GetByText("To have your account deleted, ask an admin")).ToBeVisibleAsync();
                    await tab.ScreenshotAsync("last-admin-personal-data");
                }
            }
            // The CSP holds on every page visited (a violation is a console error).
            Assert.Empty(tab.Errors);
        });
    }
}
