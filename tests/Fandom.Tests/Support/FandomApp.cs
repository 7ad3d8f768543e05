using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Options;
using Fandom.Web.Services.Admin;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Fandom.Tests.Support;

/// <summary>
/// The real web app on a real, private database: one per test class. The clock is fake so tests
/// can move time; everything else (migrations, Identity, antiforgery, views) is as in production.
/// </summary>
public abstract class FandomApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "Correct-Horse-42";

    private int staffCount;

    /// <summary>The app's clock; instances of one site (<see cref="SiteInstances"/>) share theirs.</summary>
    public FakeTimeProvider Clock { get; protected init; } = new(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));

    public abstract DatabaseProvider Provider { get; }

    /// <summary>This instance's own media folder, so uploads never land in the repository and are counted alone.</summary>
    public string MediaRoot { get; } = Path.Combine(Path.GetTempPath(), $"fandom-media-{Guid.NewGuid():N}");

    /// <summary>The database this instance owns; created before the app starts.</summary>
    protected abstract string ConnectionString { get; }

    protected virtual bool DemoContent => false;

    /// <summary>Where the site lives and what it talks to; the test client's own address, no mail, unless a test says otherwise.</summary>
    protected virtual AppSetup Setup => new();

    private FakeSmtpServer? smtp;

    /// <summary>The loopback SMTP server that receives the app's mail, when <see cref="AppSetup.SendsMail"/>.</summary>
    public FakeSmtpServer Smtp => smtp ?? throw new InvalidOperationException("This app sends no mail: its Setup says so.");

    /// <summary>What the app logs at Information and above.</summary>
    public CapturedLogs Logs { get; } = new();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Makes the database stop answering, for health checks.</summary>
    public abstract Task BreakDatabaseAsync();

    /// <summary>Makes the database refuse every write (as a read-only file or server does) while it still answers reads.</summary>
    public abstract Task RefuseWritesAsync();

    /// <summary>Ends <see cref="RefuseWritesAsync"/>. The app is not told: it must recover by itself.</summary>
    public abstract Task AcceptWritesAsync();

    protected virtual Task DropDatabaseAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await DropDatabaseAsync();
        smtp?.Dispose();
        if (Directory.Exists(MediaRoot)) Directory.Delete(MediaRoot, recursive: true);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        // A fresh database makes EF log its first look for the migrations table as a failed command; tests assert behaviour instead.
        builder.ConfigureLogging(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None)
            .AddCapture(Logs));
        builder.UseContentRoot(Paths.RepositoryRoot);
        builder.UseSetting("Fandom:Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Fandom", ConnectionString);
        builder.UseSetting("Fandom:DemoContent", DemoContent.ToString());
        builder.UseSetting("Fandom:Media:StoragePath", MediaRoot);
        // The address the test client uses, so absolute links in pages and mail can be followed.
        builder.UseSetting("Fandom:Site:PublicBaseUrl", Setup.PublicBaseUrl);
        if (Setup.AllowedHosts is { } hosts) builder.UseSetting("AllowedHosts", hosts);
        // Every test signs in from the same loopback address; the limiter has a test of its own.
        builder.UseSetting("Fandom:Security:SignInAttemptsPerMinute", "100000");
        builder.UseSetting("Fandom:Security:PasswordResetRequestsPerMinute", "100000");
        builder.UseSetting("Fandom:Api:RequestsPerMinute", "100000");
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        if (Setup.SendsMail)
        {
            smtp ??= new FakeSmtpServer();
            builder.UseSetting("Fandom:Smtp:Host", "127.0.0.1");
            builder.UseSetting("Fandom:Smtp:Port", smtp.Port.ToString());
            builder.UseSetting("Fandom:Smtp:EnableSsl", "false");
            builder.UseSetting("Fandom:Smtp:From", "newsroom@example.com");
        }
    }

    /// <summary>
    /// Waits until what requests left to be written off their path (404 hits, presence) is written, as it is
    /// moments after the request in production.
    /// </summary>
    public Task DeferredWritesDoneAsync() => Services.GetRequiredService<Fandom.Web.Infrastructure.Faults.DeferredWrites>().WhenIdleAsync();

    /// <summary>A client with no cookie, as an anonymous reader; redirects are returned, not followed.</summary>
    public HttpClient Reader() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A reader client whose requests name <paramref name="address"/> as their host, as any client may.</summary>
    public HttpClient ReaderAt(string address) =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri(address) });

    public async Task<StaffCredentials> CreateStaffAsync(string role, string? displayName = null)
    {
        var n = Interlocked.Increment(ref staffCount);
        var name = displayName ?? $"{role} {n}";
        var email = $"{role.ToLowerInvariant()}{n}.{Guid.NewGuid():N}@example.com";
        await using var scope = Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<StaffService>().CreateAsync(email, name, Password, role, null);
        Assert.True(created.Succeeded, created.Detail);
        return new StaffCredentials(created.Value!.Id, email, Password, name);
    }

    /// <summary>Signs in through the real Identity UI form, with its antiforgery token, on <paramref name="client"/> or a new reader client.</summary>
    public async Task<BrowserSession> SignInAsync(StaffCredentials staff, HttpClient? client = null)
    {
        var session = new BrowserSession(client ?? Reader());
        var login = await session.GetAsync("/Identity/Account/Login");
        var response = await session.SubmitAsync(login, "form#account", new()
        {
            ["Input.Email"] = staff.Email,
            ["Input.Password"] = staff.Password,
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return session;
    }

    public async Task<BrowserSession> SignInAsNewAsync(string role) => await SignInAsync(await CreateStaffAsync(role));

    public async Task<T> WithDbAsync<T>(Func<FandomDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<FandomDbContext>());
    }

    public async Task<T> WithServiceAsync<TService, T>(Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task<int> CategoryAsync(string name) => WithDbAsync(async db =>
    {
        var slug = Fandom.Web.Content.Slugs.From(name);
        var existing = await db.Categories.FirstOrDefaultAsync(c => c.Slug == slug);
        if (existing is not null) return existing.Id;
        var category = new Category { Name = name, Slug = slug };
        db.Categories.Add(category);
        await db.SaveChangesAsync();
        return category.Id;
    });

    public DateTime Now() => Clock.GetUtcNow().UtcDateTime;

    public Task<int> TagIdAsync(string slug) =>
        WithDbAsync(db => db.Tags.Where(t => t.Slug == slug).Select(t => t.Id).SingleAsync());

    public Task<string> AuthorSlugAsync(StaffCredentials author) =>
        WithDbAsync(db => db.Users.Where(u => u.Id == author.Id).Select(u => u.Slug).SingleAsync());
}

/// <param name="PublicBaseUrl">The site's configured public address (Fandom:Site:PublicBaseUrl).</param>
/// <param name="SendsMail">Send mail to <see cref="FandomApp.Smtp"/>, a loopback SMTP server that keeps what it receives.</param>
/// <param name="AllowedHosts">The AllowedHosts setting; unset, the site answers only to its public address's host.</param>
public sealed record AppSetup(string PublicBaseUrl = "http://localhost", bool SendsMail = false, string? AllowedHosts = null);

public sealed record StaffCredentials(string Id, string Email, string Password, string DisplayName);
