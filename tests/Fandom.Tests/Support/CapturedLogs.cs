using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Fandom.Tests.Support;

/// <summary>Keeps every line the app logs at Information or above, so a test can read what the app log says.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<(string Category, LogLevel Level, string Message)> Lines { get; } = new();

    /// <summary>Lines at Information or Warning (a refusal's level) whose text contains <paramref name="text"/>.</summary>
    public IReadOnlyList<string> Refusals(string text) => Lines
        .Where(l => l.Level is LogLevel.Information or LogLevel.Warning && l.Message.Contains(text, StringComparison.OrdinalIgnoreCase))
        .Select(l => l.Message).ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void Dispose() { }

    private sealed class Logger(string category, CapturedLogs logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) logs.Lines.Enqueue((category, logLevel, formatter(state, exception)));
        }
    }
}

public static class CapturedLogsExtensions
{
    /// <summary>Adds the capture with Information let through for every category, under the app's own filters.</summary>
    public static ILoggingBuilder AddCapture(this ILoggingBuilder logging, CapturedLogs logs) =>
        logging.AddProvider(logs).AddFilter<CapturedLogs>(null, LogLevel.Information);
}
