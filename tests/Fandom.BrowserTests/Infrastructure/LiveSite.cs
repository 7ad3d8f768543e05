using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Services;
using Fandom.Web.Services.Admin;
using Fandom.Web.Services.Editorial;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Fandom.BrowserTests.Infrastructure;

/// <summary>
/// The real app on Kestrel at a loopback port, on its own SQLite file, with the demo newsroom
/// seeded exactly as a first `dotnet run` does. The browser talks to it over real HTTP.
/// </summary>
public sealed class LiveSite : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string database = Path.Combine(Path.GetTempPath(), $"fandom-browser-{Guid.NewGuid():N}.db");

    /// <summary>
    /// A free loopback port, chosen before the site starts: its public address (where every absolute link, such as
    /// an invitation link, points) is configuration, so it must be known up front.
    /// </summary>
    private readonly int port = FreePort();

    public LiveSite() => UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, port));

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var free = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return free;
    }

    /// <summary>This site's own media folder, removed with it.</summary>
    public string MediaRoot { get; } = Path.Combine(Path.GetTempPath(), $"fandom-browser-media-{Guid.NewGuid():N}");

    public string BaseUrl => $"http://127.0.0.1:{port}";

    private readonly Fandom.Tests.Support.QueryOnlySwitch writes = new();

    /// <summary>Makes the database refuse every write, as a read-only file does; reads go on.</summary>
    public void RefuseWrites() => writes.Refusing = true;

    public void AcceptWrites() => writes.Refusing = false;

    public Task InitializeAsync()
    {
        StartServer();
        return Task.CompletedTask;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        // A fresh database makes EF log its first look for the migrations table as a failed command; tests assert behaviour instead.
        builder.ConfigureLogging(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None));
        builder.UseContentRoot(Paths.RepositoryRoot);
        builder.UseSetting("ConnectionStrings:Fandom", $"Data Source={database}");
        builder.UseSetting("Fandom:DemoContent", "true");
        builder.UseSetting("Fandom:Media:StoragePath", MediaRoot);
        builder.UseSetting("Fandom:Site:PublicBaseUrl", BaseUrl);
        builder.ConfigureServices(services => services.ConfigureDbContext<FandomDbContext>(o => o.AddInterceptors(writes)));
    }

    /// <summary>A staff account with a password, made through the app's own service as an admin would.</summary>
    public async Task CreateStaffAsync(string email, string displayName, string role, string password)
    {
        await using var scope = Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<Fandom.Web.Services.Admin.StaffService>()
            .CreateAsync(email, displayName, password, role, actor: null);
        Assert.True(created.Succeeded, created.Detail);
    }

    /// <summary>A staff account with a generated address and the standard test password.</summary>
    public async Task<(string Email, string Password)> CreateStaffAsync(string role, string displayName)
    {
        const string password = "Correct-Horse-42";
        var email = $"{role.ToLowerInvariant()}.{Guid.NewGuid():N}@example.com";
        await CreateStaffAsync(email, displayName, role, password);
        return (email, password);
    }

    /// <summary>Publishes an article by a new editor through the editorial service; returns its address.</summary>
    public async Task<string> PublishAsync(string title, string body)
    {
        var (email, _) = await CreateStaffAsync(Roles.Editor, "Desk Editor");
        await using var scope = Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<FandomDbContext>().Users.SingleAsync(u => u.Email == email);
        var editorial = scope.ServiceProvider.GetRequiredService<EditorialService>();
        var actor = new Actor(user.Id, user.DisplayName);
        var draft = new ArticleDraft(title, null, body, [], [], null, null, null, null, null, null, null);
        var id = await editorial.CreateAsync(draft, actor);
        var stamp = (await editorial.EditableAsync(id))!.ConcurrencyStamp;
        Assert.Null((await editorial.SaveAsync(id, draft with { ConcurrencyStamp = stamp }, ArticleTransition.Publish, actor)).Error);
        return $"/articles/{(await editorial.EditableAsync(id))!.Slug}";
    }

    /// <summary>
    /// Publishes <paramref name="count"/> short articles in one section, dated a year before <paramref name="before"/>
    /// and a day apart, so they follow every newer story in its lists: the section gets deep pages, the front page stays as it was.
    /// </summary>
    public async Task PublishArchiveAsync(string categorySlug, int count, DateTime before)
    {
        var (email, _) = await CreateStaffAsync(Roles.Editor, "Archive Editor");
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FandomDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var category = await db.Categories.Where(c => c.Slug == categorySlug).Select(c => c.Id).SingleAsync();
        var editorial = scope.ServiceProvider.GetRequiredService<EditorialService>();
        var actor = new Actor(user.Id, user.DisplayName);
        for (var i = 1; i <= count; i++)
        {
            var draft = new ArticleDraft($"From the archive, part {i}", "An older story from the section's shelves.",
                $"Part {i} of the archive: a short piece that readers find on the section's later pages.",
                [category], [], null, null, before.AddYears(-1).AddDays(-i), null, null, null, null);
            var id = await editorial.CreateAsync(draft, actor);
            var stamp = (await editorial.EditableAsync(id))!.ConcurrencyStamp;
            Assert.Null((await editorial.SaveAsync(id, draft with { ConcurrencyStamp = stamp }, ArticleTransition.Publish, actor)).Error);
        }
    }

    /// <summary>A draft with a live share link, as an author sends it to a reader; returns the link's address.</summary>
    public async Task<string> PreviewLinkAsync(string title, string body)
    {
        var (email, _) = await CreateStaffAsync(Roles.Author, "Preview Author");
        await using var scope = Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<FandomDbContext>().Users.SingleAsync(u => u.Email == email);
        var actor = new Actor(user.Id, user.DisplayName);
        var id = await scope.ServiceProvider.GetRequiredService<EditorialService>()
            .CreateAsync(new ArticleDraft(title, null, body, [], [], null, null, null, null, null, null, null), actor);
        return "/preview/" + await scope.ServiceProvider.GetRequiredService<PreviewLinkService>().CreateAsync(id, actor);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { database, database + "-wal", database + "-shm" }) File.Delete(file);
        if (Directory.Exists(MediaRoot)) Directory.Delete(MediaRoot, recursive: true);
    }
}
