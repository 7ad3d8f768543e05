using Microsoft.Playwright;

namespace Fandom.BrowserTests.Pages;

/// <summary>Page objects: what a person does on each page, in the words on the screen.</summary>
public sealed class SetupPage(IPage page)
{
    public async Task CreateAdminAsync(string email, string name, string password)
    {
        await page.GotoAsync("/setup");
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Display name").FillAsync(name);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("Confirm password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create admin" }).ClickAsync();
    }
}

public sealed class SignInPage(IPage page)
{
    public async Task SignInAsync(string email, string password)
    {
        await page.GotoAsync("/Identity/Account/Login");
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
    }

    public static Task SignOutAsync(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
}

public sealed class ArticleEditorPage(IPage page)
{
    public async Task OpenNewAsync()
    {
        await page.GotoAsync("/editorial");
        await page.GetByRole(AriaRole.Link, new() { Name = "New article" }).First.ClickAsync();
        await WritingDeskPage.EditorShownAsync(page);
    }

    public async Task WriteAsync(string title, string dek, string body, string category, string tags)
    {
        await Field("Title").FillAsync(title);
        await Field("Dek").FillAsync(dek);
        await Field("Body").FillAsync(body);
        await Field(category).CheckAsync();
        await Field("Tags").FillAsync(tags);
    }

    private ILocator Field(string label) => page.GetByLabel(label, new() { Exact = true });

    public Task ClickAsync(string button) => page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

    public Task<string> StatusMessageAsync() => page.GetByRole(AriaRole.Status).InnerTextAsync();
}
