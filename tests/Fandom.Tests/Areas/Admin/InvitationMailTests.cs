using System.Net;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Fandom.Tests.Areas.Admin;

/// <summary>The app with an SMTP server configured: a loopback one that keeps what it receives.</summary>
public sealed class MailingSqliteApp : SqliteApp
{
    public FakeSmtpServer Smtp { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Fandom:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Fandom:Smtp:Port", Smtp.Port.ToString());
        builder.UseSetting("Fandom:Smtp:EnableSsl", "false");
        builder.UseSetting("Fandom:Smtp:From", "newsroom@example.com");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) Smtp.Dispose();
    }
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

        var (to, data) = Assert.Single(app.Smtp.Messages);
        Assert.Equal(email, to);
        Assert.Contains("AcceptInvitation", data);
    }
}
