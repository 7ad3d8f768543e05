using System.Diagnostics;
using System.Reflection;
using Fandom.Web.Infrastructure;
using Fandom.Web.Options;
using Microsoft.Extensions.Options;

namespace Fandom.Web.Data;

/// <summary>
/// Start-up's database work (<see cref="DatabaseInitializer"/>: migrations, re-rendering, the demo seed) run as the
/// <c>initialize</c> command in a child process of the same binary, with the server's own arguments and environment,
/// before the server listens. The work's code and its garbage, managed and native, leave with the child: a first run
/// that seeded the demo newsroom stood 55 MiB higher at idle than any later start, which had nothing to do
/// (docs/reader-site.md, "Memory"). The child's log goes to the server's console.
/// </summary>
public static class InitializerProcess
{
    /// <summary>Set in the child's environment: the child watches its standard input and dies with the server.</summary>
    public const string ParentVariable = "FANDOM_INITIALIZER_PARENT";

    /// <summary>
    /// Whether this start initializes in a child: only a server started as this app's own process (a test host runs the
    /// app inside another one, which has no such binary to start), and only while the option leaves it on.
    /// </summary>
    public static bool AppliesTo(IServiceProvider services) =>
        Assembly.GetEntryAssembly() == typeof(InitializerProcess).Assembly
        && services.GetRequiredService<IOptions<DatabaseOptions>>().Value.InitializeInSeparateProcess;

    /// <summary>Runs <c>initialize</c> with the server's arguments and waits for it; a failure stops the start.</summary>
    public static async Task RunAsync(string[] serverArgs, ILogger log)
    {
        var start = new ProcessStartInfo { UseShellExecute = false, RedirectStandardInput = true };
        // Started as "dotnet Fandom.Web.dll" the process is the dotnet host; from `dotnet run` or a published app, the
        // app's own executable.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.FileName = Environment.ProcessPath!;
            start.ArgumentList.Add(typeof(InitializerProcess).Assembly.Location);
        }
        else start.FileName = Environment.ProcessPath!;
        start.ArgumentList.Add(CommandLine.Initialize);
        foreach (var arg in serverArgs) start.ArgumentList.Add(arg);
        start.Environment[ParentVariable] = Environment.ProcessId.ToString();

        var watch = Stopwatch.StartNew();
        using var child = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        await child.WaitForExitAsync();
        if (child.ExitCode != 0)
            throw new InvalidOperationException(
                $"Initializing the database failed in process {child.Id} (exit code {child.ExitCode}); its log is above. The site does not start.");
        log.LogInformation("Database initialized in process {ProcessId} in {Seconds:0.0} s", child.Id, watch.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// In the child: when the server that started it ends, even by kill -9, the pipe on standard input closes and the
    /// child ends at once, as the same work would have ended inside the server. Nothing is written to the pipe.
    /// </summary>
    public static void ExitWithParent()
    {
        if (Environment.GetEnvironmentVariable(ParentVariable) is null || !Console.IsInputRedirected) return;
        var watcher = new Thread(() =>
        {
            using var input = Console.OpenStandardInput();
            var buffer = new byte[1];
            while (input.Read(buffer, 0, 1) > 0) { }
            Process.GetCurrentProcess().Kill();
        }) { IsBackground = true, Name = "exit with the server" };
        watcher.Start();
    }
}
