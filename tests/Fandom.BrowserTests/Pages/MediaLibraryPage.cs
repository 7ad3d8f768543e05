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

    /// <summary>Uploads one file and waits for its edit page; returns the media id.</summary>
    public async Task<int> UploadAsync(FilePayload file, string altText, string caption, string credit)
    {
        await page.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(file);
        await page.GetByLabel("Alt text", new() { Exact = true }).FillAsync(altText);
        await page.GetByLabel("Caption", new() { Exact = true }).FillAsync(caption);
        await page.GetByLabel("Credit", new() { Exact = true }).FillAsync(credit);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/editorial/media/*");
        var code = await page.Locator(".media-facts code").InnerTextAsync();
        return int.Parse(code.Replace("{{image ", "").Replace("}}", ""));
    }
}
