using System.Collections.Concurrent;

namespace Fandom.Web.Infrastructure.Faults;

/// <summary>
/// The one place failures are logged: one line per failure with its cause, and a failure that repeats is not logged
/// again within <see cref="Interval"/> but counted, and summarised once the interval is over ("… 1,234 more times in
/// the last 10 s"). A database outage fails every request the same way; a stack trace per request told nothing new
/// and flooded the log. A database fault is logged without its stack trace (its cause is the environment's); any
/// other exception carries its trace the first time in each interval.
/// </summary>
public sealed class FaultLog(ILogger<FaultLog> logger, TimeProvider time) : IDisposable
{
    /// <summary>How long repeats of one failure are counted before they are summarised.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    private sealed class Tally(string what, string cause, DateTime since)
    {
        public readonly string What = what, Cause = cause;
        public DateTime Since = since;
        public int Repeats;
    }

    private readonly ConcurrentDictionary<string, Tally> tallies = new();
    private ITimer? timer;

    /// <summary>Logs that <paramref name="what"/> failed because of <paramref name="exception"/>, or counts a repeat.</summary>
    /// <param name="what">What was being done, as a phrase: "Serving a request", "Health probe", "Saving an article".</param>
    /// <param name="example">Which one, named in the logged line but not part of what counts as the same failure
    /// (the request's path: an outage fails every path alike).</param>
    public void Report(string what, Exception exception, string? example = null)
    {
        var fault = DatabaseFaults.Find(exception);
        var cause = fault?.Cause ?? $"{exception.GetType().Name}: {exception.Message.Split('\n')[0].Trim()}";
        Report(what, cause, fault is null ? exception : null, example);
    }

    /// <summary>Logs a failure that has no exception (a check that found the disk full), or counts a repeat.</summary>
    public void Report(string what, string cause) => Report(what, cause, null, null);

    private void Report(string what, string cause, Exception? withTrace, string? example)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var key = what + "\n" + cause;
        var tally = tallies.GetOrAdd(key, _ => new Tally(what, cause, DateTime.MinValue));
        bool first;
        lock (tally)
        {
            first = now - tally.Since >= Interval;
            if (first)
            {
                Summarise(tally, now);
                tally.Since = now;
            }
            else tally.Repeats++;
        }
        if (first)
        {
            var where = example is null ? "" : $" ({example})";
            if (withTrace is null) logger.LogError("{What} failed{Where}: {Cause}", what, where, cause);
            else logger.LogError(withTrace, "{What} failed{Where}: {Cause}", what, where, cause);
        }
        timer ??= time.CreateTimer(_ => SummariseAll(), null, Interval, Interval);
    }

    /// <summary>Writes the summary of every interval that has ended with repeats in it.</summary>
    private void SummariseAll()
    {
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var (key, tally) in tallies)
        {
            lock (tally)
            {
                if (now - tally.Since < Interval) continue;
                // A failure not seen for a whole interval is forgotten: the next one is logged in full again.
                if (tally.Repeats == 0) tallies.TryRemove(key, out _);
                else Summarise(tally, now);
            }
        }
    }

    private void Summarise(Tally tally, DateTime now)
    {
        if (tally.Repeats == 0) return;
        logger.LogWarning("{What} failed {Repeats} more times in the last {Seconds:0} s: {Cause}",
            tally.What, tally.Repeats, (now - tally.Since).TotalSeconds, tally.Cause);
        tally.Repeats = 0;
        tally.Since = now;
    }

    public void Dispose() => timer?.Dispose();
}
