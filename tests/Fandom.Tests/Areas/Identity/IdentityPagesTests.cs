using System.Net;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using System.Reflection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Razor.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Tests.Areas.Identity;

/// <summary>
/// Of Identity UI's pages the site offers sign-in, password reset, two-factor, e-mail change, personal-data download
/// and (when switched on) registration; every other page answers 404, and account deletion is the admin's.
/// </summary>
public abstract class IdentityPagesTests(FandomApp app)
{
    private static readonly string[] Missing =
    [
        "/Account/Manage/DeletePersonalData", "/Account/Manage/ExternalLogins", "/Account/Manage/SetPassword", "/Account/ExternalLogin",
        "/Account/ResetPasswordConfirmation",
    ];

    private static readonly string[] RegistrationOnly =
    [
        "/Account/Register", "/Account/RegisterConfirmation", "/Account/ConfirmEmail", "/Account/ResendEmailConfirmation",
    ];

    [Fact]
    public async Task Every_identity_page_outside_the_offered_list_answers_404()
    {
        // Every page Identity UI brings (its Bootstrap 5 set, the default), read from its assembly, so a page a new
        // version adds is walked too.
        const string prefix = "/Areas/Identity/Pages/V5";
        var pages = typeof(IdentityBuilderUIExtensions).Assembly.GetCustomAttributes<RazorCompiledItemAttribute>()
            .Where(item => item.Kind == "mvc.1.0.razor-page" && item.Identifier.StartsWith(prefix + "/"))
            .Select(item => item.Identifier[prefix.Length..^".cshtml".Length])
            .Distinct().Order().ToList();
        Assert.Contains("/Account/Manage/DeletePersonalData", pages);
        Assert.Contains("/Account/Login", pages);

        using var author = await app.SignInAsNewAsync(Roles.Author);
        var token = await author.GetAsync("/Identity/Account/Manage/PersonalData");
        var answeredNotFound = new List<string>();
        foreach (var page in pages)
        {
            // The download has no GET of its own: it is the personal-data page's form.
            var response = page == "/Account/Manage/DownloadPersonalData"
                ? await author.PostWithTokenAsync(token, "/Identity" + page)
                : await author.Client.GetAsync("/Identity" + page);
            // The reset page is the site's own: opened without a link, it is the page saying the link does not work.
            var linkPageWithoutLink = page == "/Account/ResetPassword"
                && (await BrowserSession.ParseAsync(response)).QuerySelector("h1")?.TextContent == "This link does not work";
            if (response.StatusCode == HttpStatusCode.NotFound && !linkPageWithoutLink) answeredNotFound.Add(page);
        }
        Assert.Equal([.. Missing.Concat(RegistrationOnly).Order()], answeredNotFound);
    }

    [Fact]
    public async Task The_only_admin_cannot_delete_their_own_account_through_identity()
    {
        // The only Admin in this class's own database.
        var admin = await app.CreateStaffAsync(Roles.Admin);
        using var session = await app.SignInAsync(admin);

        var personalData = await session.GetAsync("/Identity/Account/Manage/PersonalData");
        // No delete button, not even a dead one.
        Assert.Null(personalData.QuerySelector("#delete, a[href*=DeletePersonalData]"));
        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync("/Identity/Account/Manage/DeletePersonalData")).StatusCode);
        var post = await session.PostWithTokenAsync(personalData, "/Identity/Account/Manage/DeletePersonalData", new() { ["Input.Password"] = admin.Password });
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);

        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == admin.Id)));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().GetAsync("/setup")).StatusCode);
    }

    [Fact]
    public async Task An_author_cannot_delete_their_own_account_and_leave_articles_without_an_author()
    {
        var author = await app.CreateStaffAsync(Roles.Author);
        using var session = await app.SignInAsync(author);
        var personalData = await session.GetAsync("/Identity/Account/Manage/PersonalData");

        var post = await session.PostWithTokenAsync(personalData, "/Identity/Account/Manage/DeletePersonalData", new() { ["Input.Password"] = author.Password });

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == author.Id)));
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/editorial")).StatusCode);
    }

    [Fact]
    public async Task Personal_data_download_stays()
    {
        using var author = await app.SignInAsNewAsync(Roles.Author);
        var page = await author.GetAsync("/Identity/Account/Manage/PersonalData");
        var download = await author.SubmitAsync(page, "form#download-data");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/json", download.Content.Headers.ContentType?.MediaType);
    }
}

public sealed class IdentityPagesTestsOnSqlite(SqliteApp app) : IdentityPagesTests(app), IClassFixture<SqliteApp>;

public sealed class IdentityPagesTestsOnPostgres(PostgresApp app) : IdentityPagesTests(app), IClassFixture<PostgresApp>;
