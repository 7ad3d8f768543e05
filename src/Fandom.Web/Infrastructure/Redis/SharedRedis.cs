using Fandom.Web.Options;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Fandom.Web.Infrastructure.Redis;

/// <summary>
/// The Redis server the instances of one site share, and the names the site uses in it. Registered only when
/// <c>ConnectionStrings:Redis</c> is set; one connection serves the cache broadcast, the rate limits and health.
/// </summary>
public sealed class SharedRedis(IConnectionMultiplexer connection, IOptions<RedisOptions> options)
{
    public IConnectionMultiplexer Connection => connection;

    /// <summary>Whether commands can reach Redis now; commands sent while it is unreachable fail at once.</summary>
    public bool IsConnected => connection.IsConnected;

    /// <summary>A key or channel name of this site's: <c>prefix:name</c>.</summary>
    public string Name(string name) => $"{options.Value.Prefix}:{name}";

    /// <summary>
    /// Connects in the background: the app starts, and serves readers, while Redis is down, and reconnects by itself.
    /// A command sent while disconnected fails at once instead of waiting in a queue, so a save or a sign-in never
    /// hangs on it.
    /// </summary>
    public static IConnectionMultiplexer Connect(string connectionString)
    {
        var configuration = ConfigurationOptions.Parse(connectionString);
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ReconnectRetryPolicy = new LinearRetry(1000);
        configuration.ConnectTimeout = Math.Min(configuration.ConnectTimeout, 2000);
        configuration.KeepAlive = 10;
        configuration.ClientName ??= $"fandom-{Environment.MachineName}-{Environment.ProcessId}";
        return ConnectionMultiplexer.Connect(configuration);
    }
}
