using Microsoft.Playwright;

namespace Fandom.BrowserTests.Pages;

/// <summary>The article editor as a writer uses it: the Body editor, its toolbar, the insert menu and its dialogs.</summary>
public sealed class WritingDeskPage(IPage page)
{
    /// <summary>The editor itself: CodeMirror's text box, labelled Body.</summary>
    public ILocator Body => page.GetByRole(AriaRole.Textbox, new() { Name = "Body", Exact = true });

    /// <summary>The form's copy of the text, which a save posts.</summary>
    public Task<string> BodyTextAsync() => page.Locator("textarea#Body").InputValueAsync();

    public ILocator Toolbar => page.GetByRole(AriaRole.Toolbar, new() { Name = "Formatting" });

    public ILocator InsertMenu => page.GetByRole(AriaRole.Menu, new() { Name = "Insert" });

    public ILocator Preview => page.Locator("#live-preview");

    public ILocator Stats => page.Locator("#editor-stats");

    public async Task OpenNewAsync()
    {
        await page.GotoAsync("/editorial/articles/new");
        await EditorShownAsync(page);
    }

    /// <summary>
    /// Waits until the editor has taken the Body textarea's place, as a writer sees it before typing. Until then the
    /// textarea is labelled Body too, and text filled into it as the editor starts is lost: the editor has already read
    /// the textarea's value, or hides it while it has the focus.
    /// </summary>
    public static Task EditorShownAsync(IPage page) => Assertions.Expect(page.Locator(".cm-editor .cm-content")).ToBeVisibleAsync();

    /// <summary>Opens a new article and gives it its title.</summary>
    public async Task NewArticleAsync(string title)
    {
        await OpenNewAsync();
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
    }

    /// <summary>Puts the cursor at the end of the text.</summary>
    public async Task CursorToEndAsync()
    {
        await Body.ClickAsync();
        await page.Keyboard.PressAsync("Control+End");
    }

    public Task TypeAsync(string text) => page.Keyboard.TypeAsync(text);

    public Task PressAsync(string keys) => page.Keyboard.PressAsync(keys);

    /// <summary>Types "/" on a new empty line and picks an item of the menu it opens, with the keyboard.</summary>
    public async Task SlashInsertAsync(string item)
    {
        await TypeAsync("/");
        await Assertions.Expect(InsertMenu).ToBeVisibleAsync();
        await Assertions.Expect(InsertMenu.GetByRole(AriaRole.Menuitem).First).ToBeFocusedAsync();
        var menuItem = InsertMenu.GetByRole(AriaRole.Menuitem, new() { Name = item, Exact = true });
        while (!await menuItem.EvaluateAsync<bool>("e => e === document.activeElement")) await PressAsync("ArrowDown");
        await PressAsync("Enter");
    }

    public ILocator Dialog(string name) => page.GetByRole(AriaRole.Dialog, new() { Name = name });

    /// <summary>Drops a file on the text, as dragged from the desktop, at the end of the text.</summary>
    public async Task DropFileAsync(FilePayload file)
    {
        var transfer = await page.EvaluateHandleAsync(
            "([name, type, base64]) => { const t = new DataTransfer(); " +
            "t.items.add(new File([Uint8Array.from(atob(base64), c => c.charCodeAt(0))], name, { type })); return t; }",
            new object[] { file.Name, file.MimeType!, Convert.ToBase64String(file.Buffer) });
        var box = (await page.Locator(".cm-content").BoundingBoxAsync())!;
        var line = (await page.Locator(".cm-line").Last.BoundingBoxAsync())!;
        await page.Locator(".cm-content").DispatchEventAsync("drop", new Dictionary<string, object>
        {
            ["dataTransfer"] = transfer, ["clientX"] = (int)(box.X + 20), ["clientY"] = (int)(line.Y + line.Height / 2),
        });
    }

    public Task ClickAsync(string button) => page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
}
