using Microsoft.Playwright;

namespace Fandom.BrowserTests.Pages;

/// <summary>The media library: upload with the file picker and the three text fields, read back the embed code.</summary>
public sealed class MediaLibraryPage(IPage page)
{
    public async Task OpenAsync()
    {
        await page.GotoAsync("/editorial");
        await page.GetByRole(AriaRole.Link, new() { Name = "Media", Exact = true }).ClickAsync();
    }

    /// <summary>Uploads one file chosen with the file picker and waits for its edit page; returns the media id.</summary>
    public async Task<int> UploadAsync(FilePayload file, string altText, string caption, string credit)
    {
        await page.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(file);
        return await DescribeAndUploadAsync(altText, caption, credit);
    }

    /// <summary>Drops a file onto the upload area, as dragged from the desktop, then uploads it.</summary>
    public async Task<int> DropAsync(FilePayload file, string altText, string caption, string credit)
    {
        var transfer = await page.EvaluateHandleAsync(
            "([name, type, base64]) => { const t = new DataTransfer(); " +
            "t.items.add(new File([Uint8Array.from(atob(base64), c => c.charCodeAt(0))], name, { type })); return t; }",
            new object[] { file.Name, file.MimeType!, Convert.ToBase64String(file.Buffer) });
        await page.Locator("[data-dropzone]").DispatchEventAsync("drop", new Dictionary<string, object> { ["dataTransfer"] = transfer });
        await Assertions.Expect(page.Locator("[data-upload-list] li")).ToContainTextAsync(file.Name);
        return await DescribeAndUploadAsync(altText, caption, credit);
    }

    /// <summary>Chooses several files at once and uploads them with one description; the library reloads when all are in.</summary>
    public async Task UploadSeveralAsync(FilePayload[] files, string altText)
    {
        await page.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(files);
        await page.GetByLabel("Alt text", new() { Exact = true }).FillAsync(altText);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
    }

    public ILocator Progress => page.Locator("progress[data-progress]");

    public ILocator Tiles => page.Locator(".media-tile");

    private async Task<int> DescribeAndUploadAsync(string altText, string caption, string credit)
    {
        await page.GetByLabel("Alt text", new() { Exact = true }).FillAsync(altText);
        await page.GetByLabel("Caption", new() { Exact = true }).FillAsync(caption);
        await page.GetByLabel("Credit", new() { Exact = true }).FillAsync(credit);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/editorial/media/*");
        var code = await page.Locator(".media-facts code").InnerTextAsync();
        return int.Parse(code.Replace("{{image ", "").Replace("}}", ""));
    }
}
