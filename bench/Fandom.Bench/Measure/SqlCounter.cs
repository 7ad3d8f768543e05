using System.Diagnostics;

namespace Fandom.Bench.Measure;

/// <summary>
/// Counts the SQL statements one uncached request runs, from the server's own EF Core command log
/// (<c>Microsoft.EntityFrameworkCore.Database.Command</c> at Information), one request at a time.
/// </summary>
public static class SqlCounter
{
    /// <summary>What EF Core logs once per executed statement.</summary>
    public const string Marker = "Executed DbCommand";

    public static readonly IReadOnlyDictionary<string, string> LoggingEnvironment = new Dictionary<string, string>
    {
        ["Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command"] = "Information",
    };

    /// <summary>The second request's count: the first warms caches (site settings) that later requests share.</summary>
    public static async Task<int> CountAsync(ServerProcess server, ReaderClient client, string path)
    {
        await client.GetAsync(path);
        await QuietAsync(server);
        var before = server.SqlStatements;
        await client.GetAsync(path);
        await QuietAsync(server);
        return (int)(server.SqlStatements - before);
    }

    /// <summary>The console logger writes from a queue: wait until the log has not grown for a moment.</summary>
    private static async Task QuietAsync(ServerProcess server)
    {
        var clock = Stopwatch.StartNew();
        var lines = server.Lines;
        var stableSince = clock.Elapsed;
        while (clock.Elapsed - stableSince < TimeSpan.FromMilliseconds(300) && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50);
            var now = server.Lines;
            if (now != lines)
            {
                lines = now;
                stableSince = clock.Elapsed;
            }
        }
    }
}
