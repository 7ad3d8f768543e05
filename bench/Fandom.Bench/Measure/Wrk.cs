using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Fandom.Bench.Measure;

public sealed record WrkResult(double RequestsPerSecond, double P50Ms, double P99Ms, long Requests, long Errors)
{
    public static readonly WrkResult Failed = new(double.NaN, double.NaN, double.NaN, 0, 0);
}

/// <summary>Runs <c>wrk --latency</c> against one URL and reads requests/s, p50, p99 and errors from its report.</summary>
public static partial class Wrk
{
    public static async Task<WrkResult> RunAsync(string url, BenchSettings settings, bool uncached)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { $"-t{settings.Threads}", $"-c{settings.Connections}", $"-d{settings.Duration}", "--timeout", "30s", "--latency" })
            start.ArgumentList.Add(arg);
        if (uncached)
        {
            start.ArgumentList.Add("-H");
            start.ArgumentList.Add($"Authorization: {ReaderClient.UncachedHeader}");
        }
        start.ArgumentList.Add(url);

        using var wrk = Process.Start(start)!;
        var output = await wrk.StandardOutput.ReadToEndAsync();
        var errors = await wrk.StandardError.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        if (wrk.ExitCode != 0)
        {
            Console.Error.WriteLine($"wrk failed for {url}: {errors}{output}");
            return WrkResult.Failed;
        }
        return Parse(output);
    }

    public static WrkResult Parse(string output)
    {
        double Latency(string percent)
        {
            var match = Regex.Match(output, $@"^\s*{percent}%\s+([\d.]+)(us|ms|s|m)\s*$", RegexOptions.Multiline);
            if (!match.Success) return double.NaN;
            var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            return match.Groups[2].Value switch { "us" => value / 1000, "ms" => value, "s" => value * 1000, _ => value * 60_000 };
        }

        var rate = RequestsPerSecond().Match(output);
        var total = TotalRequests().Match(output);
        var non2xx = Non2xx().Match(output);
        var socket = SocketErrors().Match(output);
        long errors = non2xx.Success ? long.Parse(non2xx.Groups[1].Value) : 0;
        if (socket.Success) errors += socket.Groups.Values.Skip(1).Sum(g => long.Parse(g.Value));
        return new WrkResult(
            rate.Success ? double.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN,
            Latency("50"), Latency("99"),
            total.Success ? long.Parse(total.Groups[1].Value) : 0,
            errors);
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex TotalRequests();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex Non2xx();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();
}
