using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Dom;
using Fandom.Data.Entities;
using Fandom.Tests.Services.Import;
using Fandom.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Tests.Areas.Admin;

/// <summary>The admin import page: an upload with the old site's images as a zip, a refusal on the form, the progress page.</summary>
public abstract class ImportPageTests(FandomApp app)
{
    private static async Task<HttpResponseMessage> PostAsync(BrowserSession session, string format, string fileName, byte[] file, byte[]? zip = null, bool dryRun = false)
    {
        var page = await session.GetAsync("/admin/import");
        var form = (IHtmlFormElement)page.QuerySelector("form.import-form")!;
        var token = ((IHtmlInputElement)form.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent(format), "Format" } };
        if (dryRun) content.Add(new StringContent("true"), "DryRun");
        content.Add(new ByteArrayContent(file) { Headers = { ContentType = MediaTypeHeaderValue.Parse("application/octet-stream") } }, "File", fileName);
        if (zip is not null) content.Add(new ByteArrayContent(zip) { Headers = { ContentType = MediaTypeHeaderValue.Parse("application/zip") } }, "Images", "uploads.zip");
        return await session.Client.PostAsync(form.GetAttribute("action"), content);
    }

    /// <summary>The progress page an upload redirected to, once its import has finished (polled as the page's script does).</summary>
    public static async Task<IHtmlDocument> FinishedAsync(BrowserSession session, HttpResponseMessage upload)
    {
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var progress = upload.Headers.Location!.OriginalString;
        var page = await session.GetAsync(progress);
        for (var i = 0; i < 300 && page.QuerySelector("progress")!.GetAttribute("data-finished") != "true"; i++)
        {
            await Task.Delay(100);
            page = await session.GetAsync(progress);
        }
        return page;
    }

    /// <summary>The uploads folder zipped as people zip it: with the folder itself at the top.</summary>
    public static byte[] UploadsZip()
    {
        using var buffer = new MemoryStream();
        ZipFile.CreateFromDirectory(ImportFixtures.UploadsFolder(), buffer, CompressionLevel.Fastest, includeBaseDirectory: true);
        return buffer.ToArray();
    }

    [Fact]
    public async Task An_admin_uploads_a_Ghost_export_with_its_images_and_the_progress_page_shows_the_report()
    {
        var admin = await app.SignInAsNewAsync(Roles.Admin);
        var response = await PostAsync(admin, "Ghost", "ghost-export.json", Encoding.UTF8.GetBytes(ImportFixtures.GhostExport()), UploadsZip());
        var page = await FinishedAsync(admin, response);
        Assert.Equal("100", page.QuerySelector("progress#import-progress")!.GetAttribute("value"));
        Assert.Contains("Finished. Ghost import: 3 articles", page.QuerySelector("#import-status")!.TextContent);
        // Each created article links to its editor: a draft has no reader page yet.
        var id = await app.WithDbAsync(db => db.Articles.Where(a => a.Slug == "wheel-of-time-season-three").Select(a => a.Id).SingleAsync());
        Assert.Contains(page.QuerySelectorAll(".import-report a"), a => a.TextContent == "/articles/wheel-of-time-season-three" && a.GetAttribute("href") == $"/editorial/articles/{id}");
        Assert.Contains(page.QuerySelectorAll(".import-problems li"), li => li.TextContent.Contains("2026/05/missing.jpg"));
        var hero = await app.WithDbAsync(db => db.Articles.Where(a => a.Slug == "wheel-of-time-season-three").Select(a => a.HeroMedia!.AltText).SingleAsync());
        Assert.Equal("Moiraine on the season three poster", hero);
        var audit = await app.WithDbAsync(db => db.AuditEvents.SingleAsync(e => e.Action == "import.ghost"));
        Assert.NotNull(audit.ActorId);
    }

    [Fact]
    public async Task A_file_that_is_not_an_export_is_refused_on_the_form_and_nothing_is_imported()
    {
        var admin = await app.SignInAsNewAsync(Roles.Admin);
        var articles = await app.WithDbAsync(db => db.Articles.CountAsync());
        var response = await PostAsync(admin, "WordPress", "notes.xml", Encoding.UTF8.GetBytes("<html><body>hello</body></html>"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowserSession.ParseAsync(response);
        Assert.Contains("notes.xml, line 1: this is not a WordPress export", page.QuerySelector(".field-error")!.TextContent);
        Assert.Contains("Nothing was imported.", page.QuerySelector(".field-error")!.TextContent);
        Assert.Equal(articles, await app.WithDbAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task Only_admins_may_import()
    {
        var editor = await app.SignInAsNewAsync(Roles.Editor);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Client.GetAsync("/admin/import")).StatusCode);
        var anonymous = await app.Reader().GetAsync("/admin/import");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/Identity/Account/Login", anonymous.Headers.Location!.OriginalString);
    }
}

public sealed class ImportPageTestsOnSqlite(SqliteApp app) : ImportPageTests(app), IClassFixture<SqliteApp>;

public sealed class ImportPageTestsOnPostgres(PostgresApp app) : ImportPageTests(app), IClassFixture<PostgresApp>;
