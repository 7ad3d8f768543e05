using System.Net;
using Fandom.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace Fandom.Tests.Infrastructure;

/// <summary>The test apps' own default: public address http://localhost, AllowedHosts unset, Production.</summary>
public sealed class HostFilteringTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Outside_development_the_site_answers_only_to_its_own_host_and_logs_the_refusal()
    {
        var refused = await app.ReaderAt("http://evil.example/").GetAsync("/");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(app.Logs.Refusals("evil.example"), line => line.Contains("allowed host", StringComparison.OrdinalIgnoreCase));

        Assert.Equal(HttpStatusCode.OK, (await app.Reader().GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.ReaderAt("http://127.0.0.1/").GetAsync("/healthz")).StatusCode);
    }
}

/// <summary>A site whose public address is https, reached over https at that address.</summary>
public sealed class HttpsSqliteApp : SqliteApp
{
    public const string Address = "https://fandom.example";

    protected override AppSetup Setup => new(Address);

    public HttpClient Secure() => ReaderAt(Address + "/");
}

public sealed class HttpsSiteTests(HttpsSqliteApp app) : IClassFixture<HttpsSqliteApp>
{
    [Fact]
    public async Task An_https_site_sends_hsts_and_redirects_plain_http_to_https()
    {
        using var secure = await app.Secure().GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, secure.StatusCode);
        Assert.StartsWith("max-age=", secure.Headers.GetValues("Strict-Transport-Security").Single());

        using var plain = await app.ReaderAt("http://fandom.example/").GetAsync("/category/news?page=2");
        Assert.Equal(HttpStatusCode.PermanentRedirect, plain.StatusCode);
        Assert.Equal("https://fandom.example/category/news?page=2", plain.Headers.Location!.ToString());
    }

    [Fact]
    public async Task The_health_check_answers_a_plain_http_probe_without_a_redirect() =>
        Assert.Equal(HttpStatusCode.OK, (await app.ReaderAt("http://localhost/").GetAsync("/healthz")).StatusCode);

    [Fact]
    public async Task An_https_site_marks_its_antiforgery_and_sign_in_cookies_secure()
    {
        var staff = await app.CreateStaffAsync(Fandom.Data.Entities.Roles.Author);
        using var login = await app.Secure().GetAsync("/Identity/Account/Login");
        var antiforgery = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);

        var session = new BrowserSession(app.Secure());
        var form = await session.GetAsync("/Identity/Account/Login");
        using var signedIn = await session.SubmitAsync(form, "form#account", new() { ["Input.Email"] = staff.Email, ["Input.Password"] = staff.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var auth = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(Fandom.Web.Infrastructure.FandomApplication.AuthCookieName + "=", StringComparison.Ordinal));
        Assert.Contains("secure", auth, StringComparison.OrdinalIgnoreCase);
    }
}

public sealed class ForgotPasswordRateLimitTests(Fandom.Tests.Authorization.RateLimitedSqliteApp app) : IClassFixture<Fandom.Tests.Authorization.RateLimitedSqliteApp>
{
    [Fact]
    public async Task Forgot_password_requests_beyond_the_per_address_limit_are_refused_with_a_page_and_logged()
    {
        using var session = new BrowserSession(app.Reader());
        var form = await session.GetAsync("/Identity/Account/ForgotPassword");
        for (var i = 0; i < Fandom.Tests.Authorization.RateLimitedSqliteApp.AttemptsPerMinute; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await session.SubmitAsync(form, "form[method=post]", new() { ["Input.Email"] = $"who{i}@example.com" })).StatusCode);

        using var refused = await session.SubmitAsync(form, "form[method=post]", new() { ["Input.Email"] = "one-more@example.com" });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var page = await BrowserSession.ParseAsync(refused);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("h1")?.TextContent));
        Assert.Contains(app.Logs.Refusals("Rate limit"), line => line.Contains("/Identity/Account/ForgotPassword"));

        // Sign-in keeps its own budget.
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/Identity/Account/Login")).StatusCode);
    }
}

/// <summary>A Production app in which every request carrying <see cref="Header"/> fails inside MVC (but the error page itself).</summary>
public sealed class FailingSqliteApp : SqliteApp
{
    public const string Header = "X-Test-Fail";
    public const string Secret = "connection string Password=hunter2";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.Configure<MvcOptions>(mvc => mvc.Filters.Add(new FailWhenAsked())));
    }

    private sealed class FailWhenAsked : IActionFilter
    {
        public void OnActionExecuting(ActionExecutingContext context)
        {
            var request = context.HttpContext.Request;
            if (request.Headers.ContainsKey(Header) && !request.Path.StartsWithSegments("/error")) throw new InvalidOperationException(Secret);
        }

        public void OnActionExecuted(ActionExecutedContext context) { }
    }
}

public sealed class ProductionErrorPageTests(FailingSqliteApp app) : IClassFixture<FailingSqliteApp>
{
    [Fact]
    public async Task An_unhandled_error_in_production_shows_the_friendly_page_and_no_exception_text()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add(FailingSqliteApp.Header, "1");
        using var response = await app.Reader().SendAsync(request);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var page = await BrowserSession.ParseAsync(response);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("h1")?.TextContent));
        Assert.NotNull(page.QuerySelector("a[href='/']"));
        foreach (var leak in new[] { FailingSqliteApp.Secret, "hunter2", nameof(InvalidOperationException), "   at ", "Fandom.Tests", "Stack" })
            Assert.DoesNotContain(leak, html);
    }
}
