using System.Net;
using Fandom.Data.Entities;
using Fandom.Tests.Support;

namespace Fandom.Tests.Areas.Admin;

/// <summary>SPEC §6: forbidden staff pages are 403 for signed-in people without the role and send anonymous visitors to sign in.</summary>
public abstract class AdminAccessTests(FandomApp app)
{
    public static TheoryData<string> AdminPages => ["/admin", "/admin/users", "/admin/users/new", "/admin/users/{admin}", "/admin/settings", "/admin/audit"];

    public static TheoryData<string> EditorPages => ["/editorial/categories", "/editorial/categories/{category}", "/editorial/tags", "/editorial/redirects"];

    [Theory, MemberData(nameof(AdminPages))]
    public async Task Admin_pages_are_forbidden_to_editors_and_authors_and_send_anonymous_visitors_to_sign_in(string page)
    {
        var url = await UrlAsync(page);
        foreach (var role in new[] { Roles.Editor, Roles.Author })
        {
            using var staff = await app.SignInAsNewAsync(role);
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.Client.GetAsync(url)).StatusCode);
        }
        await AssertSignInRequiredAsync(url);
        using var admin = await app.SignInAsNewAsync(Roles.Admin);
        Assert.Equal(url == "/admin" ? HttpStatusCode.Redirect : HttpStatusCode.OK, (await admin.Client.GetAsync(url)).StatusCode);
    }

    [Theory, MemberData(nameof(EditorPages))]
    public async Task Category_tag_and_redirect_pages_are_for_editors_and_admins_only(string page)
    {
        var url = await UrlAsync(page);
        using var author = await app.SignInAsNewAsync(Roles.Author);
        Assert.Equal(HttpStatusCode.Forbidden, (await author.Client.GetAsync(url)).StatusCode);
        await AssertSignInRequiredAsync(url);
        foreach (var role in new[] { Roles.Editor, Roles.Admin })
        {
            using var staff = await app.SignInAsNewAsync(role);
            Assert.Equal(HttpStatusCode.OK, (await staff.Client.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task The_staff_bar_links_admins_to_the_admin_area_and_nobody_else()
    {
        using var admin = await app.SignInAsNewAsync(Roles.Admin);
        Assert.Contains((await admin.GetAsync("/")).QuerySelectorAll(".staff-bar a"), a => a.GetAttribute("href") == "/admin/users");
        using var editor = await app.SignInAsNewAsync(Roles.Editor);
        Assert.DoesNotContain((await editor.GetAsync("/")).QuerySelectorAll(".staff-bar a"), a => a.GetAttribute("href") == "/admin/users");
    }

    private async Task AssertSignInRequiredAsync(string url)
    {
        var anonymous = await app.Reader().GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/Identity/Account/Login", anonymous.Headers.Location!.PathAndQuery);
    }

    private async Task<string> UrlAsync(string page)
    {
        if (page.Contains("{admin}")) page = page.Replace("{admin}", (await app.CreateStaffAsync(Roles.Admin)).Id);
        if (page.Contains("{category}")) page = page.Replace("{category}", (await app.CategoryAsync("Access Checks")).ToString());
        return page;
    }
}

public sealed class AdminAccessTestsOnSqlite(SqliteApp app) : AdminAccessTests(app), IClassFixture<SqliteApp>;

public sealed class AdminAccessTestsOnPostgres(PostgresApp app) : AdminAccessTests(app), IClassFixture<PostgresApp>;
