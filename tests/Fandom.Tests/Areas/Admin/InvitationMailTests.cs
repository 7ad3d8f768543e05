using System.Net;
using Fandom.Data.Entities;
using Fandom.Tests.Support;

namespace Fandom.Tests.Areas.Admin;

/// <summary>The app with an SMTP server configured: a loopback one that keeps what it receives.</summary>
public sealed class MailingSqliteApp : SqliteApp
{
    protected override AppSetup Setup => new(SendsMail: true);
}

public sealed class InvitationMailTests(MailingSqliteApp app) : IClassFixture<MailingSqliteApp>
{
    [Fact]
    public async Task With_smtp_configured_the_invitation_link_is_also_mailed_to_the_new_person()
    {
        using var admin = await app.SignInAsNewAsync(Roles.Admin);
        var form = await admin.GetAsync("/admin/users/new");
        var email = $"mailed.{Guid.NewGuid():N}@example.com";
        var created = await admin.SubmitAsync(form, "form.user-form", new() { ["Email"] = email, ["DisplayName"] = "Mo Mailed", ["Role"] = Roles.Author });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var page = await BrowserSession.ParseAsync(created);
        Assert.Equal($"We also e-mailed it to {email}.", page.QuerySelector("[role=status]")!.TextContent);

        var (to, message) = await app.Smtp.NextAsync();
        Assert.Equal(email, to);
        Assert.Contains("AcceptInvitation", message.HtmlBody);
    }
}
