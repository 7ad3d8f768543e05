using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using Fandom.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Tests.Support;

public sealed record UploadFile(string Name, byte[] Content, string DeclaredType = "image/jpeg");

/// <summary>Uploads through the library's real form: multipart, with the page's antiforgery token.</summary>
public static class MediaUploads
{
    public static async Task<HttpResponseMessage> UploadAsync(this BrowserSession session, IReadOnlyList<UploadFile> files,
        string altText = "A test image", string? caption = null, string? credit = null, bool asScript = false)
    {
        var page = await session.GetAsync("/editorial/media");
        var form = (IHtmlFormElement)page.QuerySelector("form[data-media-upload]")!;
        var token = ((IHtmlInputElement)form.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(altText), "AltText" },
            { new StringContent(caption ?? ""), "Caption" },
            { new StringContent(credit ?? ""), "Credit" },
        };
        foreach (var file in files)
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse(file.DeclaredType);
            content.Add(part, "Files", file.Name);
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, form.GetAttribute("action")) { Content = content };
        if (asScript) request.Headers.Accept.ParseAdd("application/json");
        return await session.Client.SendAsync(request);
    }

    /// <summary>Uploads one file that must be accepted; returns the new item.</summary>
    public static async Task<MediaItem> UploadOneAsync(this FandomApp app, BrowserSession session, UploadFile file,
        string altText = "A test image", string? caption = null, string? credit = null)
    {
        var before = await app.WithDbAsync(db => db.MediaItems.Select(m => m.Id).DefaultIfEmpty().MaxAsync());
        var response = await session.UploadAsync([file], altText, caption, credit);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await app.WithDbAsync(db => db.MediaItems.Where(m => m.Id > before).OrderBy(m => m.Id).FirstAsync());
    }

    /// <summary>Every file under the instance's media folder, as storage keys.</summary>
    public static IReadOnlyList<string> StoredKeys(this FandomApp app) => Directory.Exists(app.MediaRoot)
        ? Directory.EnumerateFiles(app.MediaRoot, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(app.MediaRoot, f).Replace('\\', '/')).Order().ToList()
        : [];
}
