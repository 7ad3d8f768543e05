using System.Net;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Tests.Authorization;

/// <summary>SPEC §2: lockout after 5 failed sign-ins, recorded in the audit log.</summary>
public abstract class SignInLockoutTests(FandomApp app)
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_the_lockout_is_audited()
    {
        var author = await app.CreateStaffAsync(Roles.Author);
        for (var i = 1; i <= 4; i++)
            Assert.Equal(HttpStatusCode.OK, (await LogInAsync(author.Email, "Wrong-Password-1")).StatusCode);
        var fifth = await LogInAsync(author.Email, "Wrong-Password-1");
        Assert.Equal(HttpStatusCode.Redirect, fifth.StatusCode);
        Assert.Contains("Lockout", fifth.Headers.Location!.OriginalString);

        // Even the right password is refused now.
        Assert.Contains("Lockout", (await LogInAsync(author.Email, author.Password)).Headers.Location!.OriginalString);
        var audit = await app.WithDbAsync(db => db.AuditEvents.SingleAsync(e => e.Action == "user.lockout" && e.TargetId == author.Id));
        Assert.Contains("5 failed sign-ins", audit.Details);
    }

    private async Task<HttpResponseMessage> LogInAsync(string email, string password)
    {
        using var session = new BrowserSession(app.Reader());
        var login = await session.GetAsync("/Identity/Account/Login");
        return await session.SubmitAsync(login, "form#account", new() { ["Input.Email"] = email, ["Input.Password"] = password });
    }
}

public sealed class SignInLockoutTestsOnSqlite(SqliteApp app) : SignInLockoutTests(app), IClassFixture<SqliteApp>;

public sealed class SignInLockoutTestsOnPostgres(PostgresApp app) : SignInLockoutTests(app), IClassFixture<PostgresApp>;

/// <summary>The app with sign-in and forgot-password limits low enough for a test to reach (each form counts on its own).</summary>
public sealed class RateLimitedSqliteApp : SqliteApp
{
    public const int AttemptsPerMinute = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Fandom:Security:SignInAttemptsPerMinute", AttemptsPerMinute.ToString());
        builder.UseSetting("Fandom:Security:PasswordResetRequestsPerMinute", AttemptsPerMinute.ToString());
    }
}

/// <summary>Per-address rate limiting stops password guessing across many accounts, which per-account lockout cannot.</summary>
public sealed class SignInRateLimitTests(RateLimitedSqliteApp app) : IClassFixture<RateLimitedSqliteApp>
{
    [Fact]
    public async Task Sign_in_attempts_beyond_the_per_address_limit_are_refused_until_the_minute_passes()
    {
        using var session = new BrowserSession(app.Reader());
        var login = await session.GetAsync("/Identity/Account/Login");
        for (var i = 0; i < RateLimitedSqliteApp.AttemptsPerMinute; i++)
        {
            var response = await session.SubmitAsync(login, "form#account", new() { ["Input.Email"] = $"guess{i}@example.com", ["Input.Password"] = "Guess-Password-1" });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        var refused = await session.SubmitAsync(login, "form#account", new() { ["Input.Email"] = "guess-more@example.com", ["Input.Password"] = "Guess-Password-1" });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Reader().GetAsync("/")).StatusCode);
    }
}
