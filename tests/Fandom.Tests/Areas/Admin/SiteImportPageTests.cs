using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Dom;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Fandom.Web.Services.Export;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Tests.Areas.Admin;

/// <summary>
/// The import page moves a whole site: an admin of one site downloads its full-site archive, the admin of an empty
/// site uploads it and follows the same progress page as the other imports; a bad archive is answered on the form.
/// </summary>
public abstract class SiteImportPageTests(FandomApp source, FandomApp target)
{
    private static async Task<HttpResponseMessage> UploadAsync(BrowserSession session, string fileName, byte[] archive)
    {
        var page = await session.GetAsync("/admin/import");
        var form = (IHtmlFormElement)page.QuerySelector("form.site-import-form")!;
        var token = ((IHtmlInputElement)form.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        content.Add(new ByteArrayContent(archive) { Headers = { ContentType = MediaTypeHeaderValue.Parse("application/zip") } }, "Archive", fileName);
        return await session.Client.PostAsync(form.GetAttribute("action"), content);
    }

    private static async Task<byte[]> DownloadAsync(BrowserSession admin)
    {
        var download = await admin.Client.GetAsync("/admin/export/full");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/zip", download.Content.Headers.ContentType!.MediaType);
        return await download.Content.ReadAsByteArrayAsync();
    }

    private static async Task<string> FieldErrorAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowserSession.ParseAsync(response);
        return page.QuerySelector(".site-import-form .field-error")!.TextContent.Trim();
    }

    [Fact]
    public async Task An_admin_downloads_the_archive_and_the_admin_of_an_empty_site_imports_it_on_the_import_page()
    {
        var downloader = await source.CreateStaffAsync(Roles.Admin);
        var archive = await DownloadAsync(await source.SignInAsync(downloader));
        using (var zip = new ZipArchive(new MemoryStream(archive)))
            Assert.NotNull(zip.GetEntry(SiteArchive.ManifestFile));
        var download = await source.WithDbAsync(db => db.AuditEvents.SingleAsync(e => e.Action == "export.full" && e.ActorId == downloader.Id));
        Assert.Contains("articles", download.Details);

        var admin = await target.SignInAsNewAsync(Roles.Admin);
        Assert.Equal("notes.zip: This is not a zip archive we can open. Nothing was imported.",
            await FieldErrorAsync(await UploadAsync(admin, "notes.zip", Encoding.UTF8.GetBytes("not a zip at all"))));
        Assert.Equal(0, await target.WithDbAsync(db => db.Articles.CountAsync()));

        var page = await ImportPageTests.FinishedAsync(admin, await UploadAsync(admin, "site.zip", archive));
        var articles = await source.WithDbAsync(db => db.Articles.CountAsync());
        Assert.StartsWith($"Finished. Fandom import: {articles} articles", page.QuerySelector("#import-status")!.TextContent.Trim());
        Assert.Equal(articles, page.QuerySelectorAll(".import-report tbody tr").Length);
        var audit = await target.WithDbAsync(db => db.AuditEvents.SingleAsync(e => e.Action == "import.fandom"));
        Assert.Equal(await target.WithDbAsync(db => db.Users.Where(u => u.PasswordHash != null).Select(u => u.Id).SingleAsync()), audit.ActorId);

        var published = await target.WithDbAsync(db => db.Articles.Where(a => a.Status == ArticleStatus.Published && a.PublishAtUtc <= target.Now())
            .Select(a => a.Slug).FirstAsync());
        Assert.Equal(HttpStatusCode.OK, (await target.Reader().GetAsync($"/articles/{published}")).StatusCode);
    }

    [Fact]
    public async Task A_site_that_is_not_empty_refuses_the_archive_on_the_form()
    {
        var admin = await source.SignInAsNewAsync(Roles.Admin);
        var archive = await DownloadAsync(admin);
        var articles = await source.WithDbAsync(db => db.Articles.CountAsync());
        Assert.StartsWith($"This site is not empty: it holds {articles} articles, ", await FieldErrorAsync(await UploadAsync(admin, "site.zip", archive)));
        Assert.Equal(articles, await source.WithDbAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task Only_admins_may_download_or_import_a_site_and_the_upload_needs_its_antiforgery_token()
    {
        var editor = await source.SignInAsNewAsync(Roles.Editor);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Client.GetAsync("/admin/export/full")).StatusCode);
        // With a token of the editor's own (any form's will do), so only the role can be what refuses it.
        var desk = await editor.GetAsync("/editorial");
        var token = ((IHtmlInputElement)desk.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        var post = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent([1, 2, 3]), "Archive", "site.zip" } };
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Client.PostAsync("/admin/import/site", post)).StatusCode);
        var anonymous = await source.Reader().GetAsync("/admin/export/full");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/Identity/Account/Login", anonymous.Headers.Location!.OriginalString);

        var admin = await source.SignInAsNewAsync(Roles.Admin);
        var content = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "Archive", "site.zip" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.Client.PostAsync("/admin/import/site", content)).StatusCode);
    }
}

public sealed class SiteImportPageTestsOnSqlite(DemoSqliteApp source, SqliteApp target)
    : SiteImportPageTests(source, target), IClassFixture<DemoSqliteApp>, IClassFixture<SqliteApp>;

public sealed class SiteImportPageTestsOnPostgres(DemoPostgresApp source, PostgresApp target)
    : SiteImportPageTests(source, target), IClassFixture<DemoPostgresApp>, IClassFixture<PostgresApp>;
