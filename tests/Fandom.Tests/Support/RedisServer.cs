using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace Fandom.Tests.Support;

/// <summary>
/// A throwaway Redis server of a test's own (Debian's redis-server; tests/run.sh installs it), on a free loopback
/// port, without persistence: stopped and started again by the test, as an outage is.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    public const string BinaryVariable = "FANDOM_REDIS_SERVER";

    private Process? process;

    public int Port { get; } = FreePort();

    public string ConnectionString => $"127.0.0.1:{Port}";

    public async Task StartAsync()
    {
        var binary = Environment.GetEnvironmentVariable(BinaryVariable) is { Length: > 0 } configured ? configured : "redis-server";
        var start = new ProcessStartInfo(binary)
        {
            ArgumentList = { "--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" },
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        process = Process.Start(start) ?? throw new InvalidOperationException($"{binary} did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        for (var tries = 0; ; tries++)
        {
            try
            {
                await using var probe = await ConnectionMultiplexer.ConnectAsync($"{ConnectionString},connectTimeout=500");
                await probe.GetDatabase().PingAsync();
                return;
            }
            catch (RedisConnectionException) when (tries < 40)
            {
                await Task.Delay(250);
            }
        }
    }

    /// <summary>Kills the server, as a crash or a stopped container would: clients see their connections drop.</summary>
    public async Task StopAsync()
    {
        if (process is null) return;
        process.Kill();
        await process.WaitForExitAsync();
        process.Dispose();
        process = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
