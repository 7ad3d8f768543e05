using System.Net;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fandom.Tests.Infrastructure;

/// <summary>
/// Every connection comes from <see cref="ProxyAddress"/>, as behind a reverse proxy; the test server has no
/// socket of its own. Sign-in allows <see cref="AttemptsPerMinute"/> posts a minute per client address.
/// </summary>
public abstract class BehindProxySqliteApp : SqliteApp
{
    public const string ProxyAddress = "10.0.0.2";
    public const int AttemptsPerMinute = 2;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Fandom:Security:SignInAttemptsPerMinute", AttemptsPerMinute.ToString());
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new ConnectionFrom(IPAddress.Parse(ProxyAddress))));
    }

    private sealed class ConnectionFrom(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>The proxy in front is configured as trusted.</summary>
public sealed class TrustedProxySqliteApp : BehindProxySqliteApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Fandom:Proxy:KnownProxies:0", ProxyAddress);
    }
}

/// <summary>Nothing is configured: whoever connects is the client, whatever headers it sends.</summary>
public sealed class UntrustedProxySqliteApp : BehindProxySqliteApp;

public static class ForwardedRequests
{
    public static async Task<HttpResponseMessage> SignInFromAsync(this FandomApp app, string? forwardedFor, string email, string password = "Wrong-Password-1")
    {
        using var session = new BrowserSession(app.Reader());
        var login = await session.GetAsync("/Identity/Account/Login");
        if (forwardedFor is not null) session.Client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        return await session.SubmitAsync(login, "form#account", new() { ["Input.Email"] = email, ["Input.Password"] = password });
    }

    /// <summary>The Set-Cookie line of the antiforgery cookie on the sign-in page, asked for with <paramref name="forwardedProto"/>.</summary>
    public static async Task<string> AntiforgeryCookieAsync(this FandomApp app, string forwardedProto)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Identity/Account/Login");
        request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        using var response = await app.Reader().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
    }
}

public sealed class TrustedProxyTests(TrustedProxySqliteApp app) : IClassFixture<TrustedProxySqliteApp>
{
    [Fact]
    public async Task Each_reader_behind_a_trusted_proxy_has_a_sign_in_budget_of_their_own()
    {
        for (var i = 0; i < BehindProxySqliteApp.AttemptsPerMinute; i++)
            Assert.Equal(HttpStatusCode.OK, (await app.SignInFromAsync("203.0.113.7", "someone@example.com")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await app.SignInFromAsync("203.0.113.7", "someone@example.com")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.SignInFromAsync("203.0.113.8", "someone@example.com")).StatusCode);
        Assert.Contains(app.Logs.Refusals("Rate limit"), line => line.Contains("203.0.113.7"));
    }

    [Fact]
    public async Task The_lockout_audit_names_the_reader_the_trusted_proxy_forwarded_for()
    {
        var author = await app.CreateStaffAsync(Roles.Author);
        for (var i = 1; i <= 5; i++) await app.SignInFromAsync($"198.51.100.{i}", author.Email);
        var audit = await app.WithDbAsync(db => db.AuditEvents.SingleAsync(e => e.Action == "user.lockout" && e.TargetId == author.Id));
        Assert.EndsWith("from 198.51.100.5", audit.Details);
        Assert.Empty(app.Logs.Refusals("Ignored X-Forwarded"));
    }

    [Fact]
    public async Task A_page_the_trusted_proxy_took_over_https_sets_secure_cookies() =>
        Assert.Contains("secure", await app.AntiforgeryCookieAsync("https"), StringComparison.OrdinalIgnoreCase);
}

public sealed class UntrustedProxyTests(UntrustedProxySqliteApp app) : IClassFixture<UntrustedProxySqliteApp>
{
    [Fact]
    public async Task A_forged_forwarded_for_header_neither_escapes_the_sign_in_limit_nor_goes_unlogged()
    {
        for (var i = 0; i < BehindProxySqliteApp.AttemptsPerMinute; i++)
            Assert.Equal(HttpStatusCode.OK, (await app.SignInFromAsync($"203.0.113.{i}", "someone@example.com")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await app.SignInFromAsync("203.0.113.99", "someone@example.com")).StatusCode);

        Assert.Contains(app.Logs.Refusals("Ignored X-Forwarded"), line => line.Contains(BehindProxySqliteApp.ProxyAddress));
        Assert.Contains(app.Logs.Refusals("Rate limit"), line => line.Contains(BehindProxySqliteApp.ProxyAddress) && line.Contains("/Identity/Account/Login"));
    }

    [Fact]
    public async Task Forged_forwarded_headers_write_one_line_a_minute_that_counts_the_rest()
    {
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var before = app.Logs.Refusals("Ignored X-Forwarded").Count;
        for (var i = 0; i < 5; i++) await app.AntiforgeryCookieAsync("https");
        Assert.Equal(before + 1, app.Logs.Refusals("Ignored X-Forwarded").Count);

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await app.AntiforgeryCookieAsync("https");
        var lines = app.Logs.Refusals("Ignored X-Forwarded");
        Assert.Equal(before + 2, lines.Count);
        Assert.Contains("(4 more ignored since the last such line", lines[^1]);
    }

    [Fact]
    public async Task A_forged_forwarded_proto_makes_no_request_https() =>
        Assert.DoesNotContain("secure", await app.AntiforgeryCookieAsync("https"), StringComparison.OrdinalIgnoreCase);
}
