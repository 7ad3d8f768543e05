using Fandom.BrowserTests.Infrastructure;
using Fandom.BrowserTests.Pages;
using Microsoft.Playwright;

namespace Fandom.BrowserTests.Journeys;

/// <summary>
/// An admin brings a new editor on board (the invitation names them, they only choose a password and land in the
/// newsroom), then takes editor rights away again.
/// </summary>
public sealed class StaffAccountJourney(LiveSite site, Chromium chromium) : IClassFixture<LiveSite>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Admin_invites_an_editor_who_accepts_without_typing_their_email_lands_signed_in_and_loses_editor_rights_when_demoted()
    {
        await using var admin = await chromium.NewTabAsync(site.BaseUrl);
        await using var invited = await chromium.NewTabAsync(site.BaseUrl);
        await Screenshot.OnFailureAsync(admin, async () =>
        {
            await new SetupPage(admin.Page).CreateAdminAsync("chief@example.com", "Robin Chief", "Correct-Horse-42");
            var users = new UsersAdminPage(admin.Page);
            await users.OpenFromStaffBarAsync();
            await admin.ScreenshotAsync("admin-users");

            var link = await users.CreateAsync("eli.editor@example.com", "Eli Editor", "Editor");
            Assert.Contains("/Identity/Account/AcceptInvitation?code=", link);
            await admin.ScreenshotAsync("admin-invitation");

            var accept = new AcceptInvitationPage(invited.Page);
            await accept.OpenAsync(link);
            await Assertions.Expect(accept.Email).ToHaveValueAsync("eli.editor@example.com");
            await Assertions.Expect(accept.Email).Not.ToBeEditableAsync();
            await invited.ScreenshotAsync("accept-invitation");
            await accept.AcceptAsync("Eli-Password-2026");
            // Signed in by accepting, and in the newsroom.
            await Assertions.Expect(invited.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/editorial$"));
            await Assertions.Expect(invited.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Welcome to Fandom, Eli Editor. You are signed in.");
            await Assertions.Expect(invited.Page.GetByRole(AriaRole.Link, new() { Name = "Eli Editor" })).ToBeVisibleAsync();
            await invited.ScreenshotAsync("invitation-accepted");

            // The link is spent, and says so.
            await invited.Page.GotoAsync(link);
            await Assertions.Expect(invited.Page.GetByRole(AriaRole.Heading, new() { Name = "This invitation was already accepted" })).ToBeVisibleAsync();
            await invited.ScreenshotAsync("invitation-spent");
            await invited.Page.GotoAsync("/editorial");
            await invited.Page.GetByRole(AriaRole.Link, new() { Name = "Categories", Exact = true }).First.ClickAsync();
            await Assertions.Expect(invited.Page.GetByRole(AriaRole.Heading, new() { Name = "Categories", Level = 1 })).ToBeVisibleAsync();
            await invited.ScreenshotAsync("editor-categories");

            await users.ChangeRoleAsync("Eli Editor", "Author");
            await Assertions.Expect(admin.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Role changed to Author.");
            await admin.ScreenshotAsync("admin-user-demoted");
            foreach (var (navLink, heading, shot) in new[] { ("Audit log", "Audit log", "admin-audit"), ("Redirects", "Redirects", "admin-redirects"), ("Settings", "Site settings", "admin-settings") })
            {
                await admin.Page.GetByRole(AriaRole.Navigation, new() { Name = "Administration" }).GetByRole(AriaRole.Link, new() { Name = navLink }).ClickAsync();
                await Assertions.Expect(admin.Page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
                await admin.ScreenshotAsync(shot);
            }
            await Assertions.Expect(admin.Page.GetByLabel("Site name")).ToHaveValueAsync("Fandom");

            // Their open session ends on the next request; signed in again, they are an author.
            await invited.Page.GotoAsync("/editorial/categories");
            await Assertions.Expect(invited.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Identity/Account/Login"));
            await new SignInPage(invited.Page).SignInAsync("eli.editor@example.com", "Eli-Password-2026");
            Assert.Contains("410", Assert.Single(invited.Errors));
            var response = await invited.Page.GotoAsync("/editorial/categories");
            Assert.Equal(403, response!.Status);
            await Assertions.Expect(invited.Page.GetByRole(AriaRole.Heading, new() { Name = "Not allowed" })).ToBeVisibleAsync();

            await invited.ScreenshotAsync("author-forbidden");
            Assert.Empty(admin.Errors);
            // The browser reports the spent link's 410 and the 403 document themselves as failed loads, and nothing else.
            Assert.Collection(invited.Errors, e => Assert.Contains("410", e), e => Assert.Contains("403", e));
        });
    }
}
