using Fandom.Web.Services;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
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

    public LiveSite() => UseKestrel(0);

    /// <summary>This site's own media folder, removed with it.</summary>
    public string MediaRoot { get; } = Path.Combine(Path.GetTempPath(), $"fandom-browser-media-{Guid.NewGuid():N}");

    public string BaseUrl { get; private set; } = "";

    public Task InitializeAsync()
    {
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
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
    }

    /// <summary>A staff account that can sign in, made through the app's own <see cref="StaffService"/>.</summary>
    public async Task<(string Email, string Password)> CreateStaffAsync(string role, string displayName)
    {
        var email = $"{role.ToLowerInvariant()}.{Guid.NewGuid():N}@example.com";
        const string password = "Correct-Horse-42";
        await using var scope = Services.CreateAsyncScope();
        var (user, errors) = await scope.ServiceProvider.GetRequiredService<StaffService>().CreateAsync(email, displayName, password, role, null);
        Assert.True(user is not null, string.Join("; ", errors));
        return (email, password);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { database, database + "-wal", database + "-shm" }) File.Delete(file);
        if (Directory.Exists(MediaRoot)) Directory.Delete(MediaRoot, recursive: true);
    }
}
