using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Fandom.Tests.Support;

/// <summary>
/// The app's own binary (src/Fandom.Web, the build of the test run's configuration) started as a process, as
/// <c>dotnet Fandom.Web.dll</c> in production: on a free local port, with the environment given, its console (and that
/// of any process it starts, which inherit it) read line by line.
/// </summary>
public sealed partial class AppProcess : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> lines = new();

    private AppProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lines.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lines.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    public string Output => string.Join('\n', lines);

    public static AppProcess Start(IReadOnlyDictionary<string, string> environment)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var dll = Path.Combine(Paths.RepositoryRoot, "src", "Fandom.Web", "bin", configuration, "net10.0", "Fandom.Web.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Paths.RepositoryRoot,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var (key, value) in environment) start.Environment[key] = value;
        return new AppProcess(Process.Start(start)!);
    }

    /// <summary>The first line of the console that matches, waiting for it as long as <paramref name="timeout"/>.</summary>
    public async Task<Match> WaitForLineAsync(Regex pattern, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            foreach (var line in lines)
                if (pattern.Match(line) is { Success: true } match) return match;
            if (process.HasExited || watch.Elapsed >= timeout) break;
            await Task.Delay(50);
        }
        throw new TimeoutException($"No line matching {pattern} within {timeout.TotalSeconds:0} s. The console:\n{Output}");
    }

    /// <summary>The address Kestrel reports once the server listens.</summary>
    public async Task<Uri> WaitUntilListeningAsync(TimeSpan timeout) =>
        new((await WaitForLineAsync(ListeningLine(), timeout)).Groups[1].Value);

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>The processes this one started that are still running (Linux: /proc).</summary>
    public IReadOnlyList<int> Children() =>
        Directory.EnumerateDirectories($"/proc/{process.Id}/task")
            .SelectMany(task => File.Exists(Path.Combine(task, "children")) ? File.ReadAllText(Path.Combine(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries) : [])
            .Select(int.Parse)
            .ToList();

    /// <summary>The files mapped into the process's memory (Linux: /proc), the shared libraries among them.</summary>
    public string MappedFiles() => File.ReadAllText($"/proc/{process.Id}/maps");

    public void Kill() => process.Kill(entireProcessTree: false);

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit(10_000);
        process.Dispose();
    }

    public static bool IsRunning(int pid) => Directory.Exists($"/proc/{pid}") && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ");

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();
}
