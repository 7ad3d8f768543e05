using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Fandom.Bench.Measure;

/// <summary>
/// A server under test, run as its own <c>dotnet app.dll</c> process on a free local port, with standard output
/// and error written to a log file. The process is the server itself, so its /proc status is the server's memory.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;
    private readonly object gate = new();
    private long lines;
    private long matches;
    private bool closed;

    private ServerProcess(Process process, StreamWriter log, string baseUrl)
    {
        this.process = process;
        this.log = log;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }
    public int Id => process.Id;

    public static ServerProcess Start(string dll, string workingDirectory, string logPath, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(url);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment) start.Environment[name] = value;

        Directory.CreateDirectory(Path.GetDirectoryName(logPath)!);
        var log = new StreamWriter(logPath, append: false) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        var server = new ServerProcess(process, log, url);
        process.OutputDataReceived += (_, e) => server.Write(e.Data);
        process.ErrorDataReceived += (_, e) => server.Write(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>Waits until <paramref name="path"/> answers 200; big archives can take a while to open.</summary>
    public async Task WaitUntilReadyAsync(string path, TimeSpan timeout)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (process.HasExited) throw new InvalidOperationException($"The server exited with code {process.ExitCode}; see its log.");
            try
            {
                if ((await client.GetAsync(BaseUrl + path)).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"{BaseUrl}{path} did not answer 200 within {timeout}.");
    }

    /// <summary>Resident memory (VmRSS) in MB.</summary>
    public double ResidentMegabytes()
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith("VmRSS:"));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
    }

    /// <summary>How many lines so far contained <see cref="SqlCounter.Marker"/>.</summary>
    public long SqlStatements => Interlocked.Read(ref matches);

    /// <summary>Total lines written, to tell when the server has gone quiet.</summary>
    public long Lines => Interlocked.Read(ref lines);

    private void Write(string? line)
    {
        if (line is null) return;
        lock (gate)
            if (!closed) log.WriteLine(line);
        if (line.Contains(SqlCounter.Marker, StringComparison.Ordinal)) Interlocked.Increment(ref matches);
        Interlocked.Increment(ref lines);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        lock (gate)
        {
            closed = true;
            log.Dispose();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
