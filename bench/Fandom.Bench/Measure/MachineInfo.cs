using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Fandom.Bench.Measure;

/// <summary>What the numbers were measured on: they mean little without it.</summary>
public sealed record MachineInfo(int Cores, string Cpu, string Runtime, string Os, string Commit, string LoadAverage, DateTime AtUtc)
{
    public static MachineInfo Read(string root)
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name"))?.Split(':', 2)[1].Trim() ?? "unknown"
            : "unknown";
        var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
        var commit = Git(root, "rev-parse", "--short", "HEAD") ?? "unknown";
        if (!string.IsNullOrEmpty(Git(root, "status", "--porcelain", "--untracked-files=no"))) commit += " (with local changes)";
        return new MachineInfo(Environment.ProcessorCount, cpu, RuntimeInformation.FrameworkDescription,
            RuntimeInformation.OSDescription, commit, load, DateTime.UtcNow);
    }

    private static string? Git(string root, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo("git") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in args) start.ArgumentList.Add(arg);
            using var git = Process.Start(start)!;
            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
