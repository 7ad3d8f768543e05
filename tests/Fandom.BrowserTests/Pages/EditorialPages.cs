using Microsoft.Playwright;

namespace Fandom.BrowserTests.Pages;

/// <summary>The editorial desk: the lists an editor works from.</summary>
public sealed class DeskPage(IPage page)
{
    public async Task OpenFromSectionAsync(string section, string title)
    {
        await page.GotoAsync("/editorial");
        await page.GetByRole(AriaRole.Region, new() { Name = section }).GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
    }
}

/// <summary>The workflow part of the article editor: review notes, scheduling, the checklist.</summary>
public sealed class WorkflowEditorPage(IPage page)
{
    private ILocator Field(string label) => page.GetByLabel(label, new() { Exact = true });

    public Task FillAsync(string label, string value) => Field(label).FillAsync(value);

    public Task ClickAsync(string button) => page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

    public Task<string> StatusMessageAsync() => page.GetByRole(AriaRole.Status).First.InnerTextAsync();

    public ILocator ReviewNote => page.GetByRole(AriaRole.Note).Filter(new() { HasText = "Changes requested" });

    public ILocator LivePreview => page.Locator("#live-preview");

    /// <summary>Who else has the article open, as the editor announces them.</summary>
    public ILocator Presence => page.Locator("#presence");
}
