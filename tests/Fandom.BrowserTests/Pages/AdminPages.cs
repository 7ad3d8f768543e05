using Microsoft.Playwright;

namespace Fandom.BrowserTests.Pages;

/// <summary>The admin's users pages, in the words on the screen.</summary>
public sealed class UsersAdminPage(IPage page)
{
    public async Task OpenFromStaffBarAsync()
    {
        await page.GotoAsync("/editorial");
        await page.GetByRole(AriaRole.Link, new() { Name = "Admin", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Users", Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>Creates an account and returns the one-time invitation link the page shows.</summary>
    public async Task<string> CreateAsync(string email, string displayName, string role)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "New user" }).ClickAsync();
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Display name").FillAsync(displayName);
        await page.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync(role);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create user" }).ClickAsync();
        return await page.GetByLabel("Invitation link").InputValueAsync();
    }

    public async Task ChangeRoleAsync(string displayName, string role)
    {
        await page.GotoAsync("/admin/users");
        await page.GetByRole(AriaRole.Link, new() { Name = displayName, Exact = true }).ClickAsync();
        await page.GetByLabel("New role").SelectOptionAsync(role);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change role" }).ClickAsync();
    }
}

/// <summary>The page an invitation link opens: it shows whose account it is, and asks only for the password.</summary>
public sealed class AcceptInvitationPage(IPage page)
{
    public async Task OpenAsync(string link)
    {
        await page.GotoAsync(link);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Accept invitation", Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>The e-mail the page shows, which nobody types.</summary>
    public ILocator Email => page.GetByLabel("Email", new() { Exact = true });

    public async Task AcceptAsync(string password)
    {
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("Confirm password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept invitation" }).ClickAsync();
    }
}

/// <summary>The admin's import page and the progress page it leads to.</summary>
public sealed class ImportAdminPage(IPage page)
{
    public async Task OpenFromAdminNavAsync()
    {
        await page.GotoAsync("/admin/users");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Administration" }).GetByRole(AriaRole.Link, new() { Name = "Import" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Import from WordPress or Ghost", Level = 1 })).ToBeVisibleAsync();
    }

    public async Task UploadAsync(string format, string exportFile, string? imagesZip)
    {
        await page.GetByLabel("Format").SelectOptionAsync(new SelectOptionValue { Label = format });
        await page.GetByLabel("Export file").SetInputFilesAsync(exportFile);
        if (imagesZip is not null) await page.GetByLabel("Images (zip of the uploads folder)").SetInputFilesAsync(imagesZip);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
    }

    public ILocator ProgressBar => page.Locator("progress#import-progress");

    public ILocator Status => page.Locator("#import-status");
}
