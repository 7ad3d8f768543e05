using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Fandom.Tests.Support;

/// <summary>Keeps every line the app logs at Information or above, so a test can read what the app log says or count it.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    public sealed record Entry(string Category, LogLevel Level, string Message, bool HasException);

    private readonly ConcurrentQueue<Entry> lines = new();

    /// <summary>What was logged at Warning and above: the lines an operator is alerted by, for tests that count them.</summary>
    public IReadOnlyList<Entry> Entries => [.. lines.Where(l => l.Level >= LogLevel.Warning)];

    /// <summary>Lines at Information or Warning (a refusal's level) whose text contains <paramref name="text"/>.</summary>
    public IReadOnlyList<string> Refusals(string text) => lines
        .Where(l => l.Level is LogLevel.Information or LogLevel.Warning && l.Message.Contains(text, StringComparison.OrdinalIgnoreCase))
        .Select(l => l.Message).ToList();

    /// <summary>Empties the capture, so a test counts only what follows.</summary>
    public void Clear() => lines.Clear();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

    public void Dispose() { }

    private sealed class Logger(string category, ConcurrentQueue<Entry> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) lines.Enqueue(new Entry(category, logLevel, formatter(state, exception), exception is not null));
        }
    }
}

public static class CapturedLogsExtensions
{
    /// <summary>
    /// Adds the capture under the app's own filters (its configuration's levels, the categories it silences): a filter
    /// of the capture's own would outrank them, and tests would count lines the app never writes.
    /// </summary>
    public static ILoggingBuilder AddCapture(this ILoggingBuilder logging, CapturedLogs logs) => logging.AddProvider(logs);
}
