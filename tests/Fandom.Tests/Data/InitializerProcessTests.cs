using System.Net;
using System.Text.RegularExpressions;
using Fandom.Tests.Support;
using Fandom.Web.Data.Demo;
using Microsoft.Data.Sqlite;

namespace Fandom.Tests.Data;

/// <summary>
/// The app's binary started as a server does start-up's database work (migrations, the demo seed) in a child process of
/// its own, which ends before the server listens; a failure there stops the start, and the child dies with the server.
/// </summary>
public sealed partial class InitializerProcessTests : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly string folder = Directory.CreateTempSubdirectory("fandom-initializer-").FullName;

    private string DatabaseFile => Path.Combine(folder, "fandom.db");

    private AppProcess StartDemoSite(string? connectionString = null) => AppProcess.Start(new Dictionary<string, string>
    {
        ["Fandom__DemoContent"] = "true",
        ["Fandom__Database__Provider"] = "Sqlite",
        ["ConnectionStrings__Fandom"] = connectionString ?? $"Data Source={DatabaseFile}",
        ["Fandom__Media__StoragePath"] = Path.Combine(folder, "media"),
    });

    [Fact]
    public async Task A_first_start_seeds_the_demo_in_a_child_that_has_ended_when_the_server_listens_and_none_of_the_seeds_code_is_in_the_server()
    {
        using var site = StartDemoSite();
        var address = await site.WaitUntilListeningAsync(StartTimeout);

        var child = int.Parse((await site.WaitForLineAsync(InitializedLine(), TimeSpan.Zero)).Groups[1].Value);
        Assert.NotEqual(site.Id, child);
        Assert.False(AppProcess.IsRunning(child), $"The initializing process {child} still runs after the server listens.");
        Assert.Contains("Applying migration", site.Output);

        using var http = new HttpClient { BaseAddress = address };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/")).StatusCode);
        Assert.Equal(DemoNewsroom.Articles.Concat(DemoNewsroom.Briefs).Count(), await CountArticlesAsync());
        // The seed draws its posters with Skia; the server never drew anything, so the library is not in its memory.
        Assert.DoesNotContain("libSkiaSharp", site.MappedFiles());
    }

    [Fact]
    public async Task A_start_whose_initialization_fails_does_not_listen_and_exits_with_the_childs_error()
    {
        // Not a database: SQLite refuses the file.
        await File.WriteAllTextAsync(DatabaseFile, new string('x', 4096));
        using var site = StartDemoSite();

        Assert.True(await site.WaitForExitAsync(StartTimeout), "The server still runs after its initialization failed.");
        Assert.NotEqual(0, site.ExitCode);
        Assert.Contains("file is not a database", site.Output);
        Assert.Contains("Initializing the database failed in process", site.Output);
        Assert.DoesNotContain("Now listening on", site.Output);
    }

    [Fact]
    public async Task A_server_killed_while_its_child_initializes_takes_the_child_with_it()
    {
        using var site = StartDemoSite();
        await site.WaitForLineAsync(ApplyingMigrationLine(), StartTimeout);
        var children = site.Children();
        Assert.NotEmpty(children);

        site.Kill();
        Assert.True(await site.WaitForExitAsync(TimeSpan.FromSeconds(10)));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (children.Any(AppProcess.IsRunning) && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.DoesNotContain(children, AppProcess.IsRunning);
    }

    private async Task<long> CountArticlesAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Articles";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [GeneratedRegex(@"Database initialized in process (\d+)")]
    private static partial Regex InitializedLine();

    [GeneratedRegex("Applying migration")]
    private static partial Regex ApplyingMigrationLine();
}
