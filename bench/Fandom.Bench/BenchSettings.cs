using Fandom.Web.Options;

namespace Fandom.Bench;

/// <summary>The command line: which archive, and how hard to measure it.</summary>
public sealed record BenchSettings
{
    public string Root { get; init; } = Directory.GetCurrentDirectory();
    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;
    public int Articles { get; init; } = 1000;

    /// <summary>PostgreSQL server to build on; the database name is replaced by one per archive size.</summary>
    public string? PostgresServer { get; init; }
    public bool Rebuild { get; init; }
    public bool ArchiveOnly { get; init; }

    /// <summary>Sequential requests per page for the one-at-a-time latency.</summary>
    public int Requests { get; init; } = 200;

    /// <summary>Seconds the one-at-a-time requests of one page may take; slower pages get fewer (20 at least).</summary>
    public int RequestSeconds { get; init; } = 30;

    /// <summary>
    /// Seconds of requests to every page in turn before the one-at-a-time runs, so they measure the steady state
    /// rather than the tiered JIT's first compilations (0: none).
    /// </summary>
    public int WarmUpSeconds { get; init; } = 20;
    public string Duration { get; init; } = "10s";
    public int Threads { get; init; } = 2;
    public int Connections { get; init; } = 32;

    /// <summary>Category page used as the deep page, or the last page when the category has fewer.</summary>
    public int DeepPage { get; init; } = 50;

    public const int Seed = 20261201;

    public string DataDirectory => Path.Combine(Root, "bench", ".data");
    public string ResultsDirectory => Path.Combine(Root, "bench", "results");
    public string Name => $"{(Provider == DatabaseProvider.Sqlite ? "sqlite" : "postgres")}-{Articles}";

    public const string Usage = """
        usage: Fandom.Bench --provider sqlite|postgres --articles N [--pg CONNECTION] [--rebuild] [--archive-only]
                            [--requests 200] [--request-seconds 30] [--warm-up-seconds 20] [--duration 10s] [--threads 2] [--connections 32] [--deep-page 50] [--root DIR]
        """;

    public static BenchSettings Parse(string[] args)
    {
        var settings = new BenchSettings();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            settings = args[i] switch
            {
                "--provider" => settings with { Provider = Value().ToLowerInvariant() switch
                {
                    "sqlite" => DatabaseProvider.Sqlite,
                    "postgres" or "postgresql" => DatabaseProvider.Postgres,
                    var other => throw new ArgumentException($"Unknown provider '{other}'.\n{Usage}"),
                } },
                "--articles" => settings with { Articles = int.Parse(Value()) },
                "--pg" => settings with { PostgresServer = Value() },
                "--rebuild" => settings with { Rebuild = true },
                "--archive-only" => settings with { ArchiveOnly = true },
                "--requests" => settings with { Requests = int.Parse(Value()) },
                "--request-seconds" => settings with { RequestSeconds = int.Parse(Value()) },
                "--warm-up-seconds" => settings with { WarmUpSeconds = int.Parse(Value()) },
                "--duration" => settings with { Duration = Value() },
                "--threads" => settings with { Threads = int.Parse(Value()) },
                "--connections" => settings with { Connections = int.Parse(Value()) },
                "--deep-page" => settings with { DeepPage = int.Parse(Value()) },
                "--root" => settings with { Root = Path.GetFullPath(Value()) },
                var other => throw new ArgumentException($"Unknown argument '{other}'.\n{Usage}"),
            };
        }
        if (settings.Articles < 100) throw new ArgumentException("--articles must be at least 100.");
        if (settings.Provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(settings.PostgresServer))
            throw new ArgumentException($"--provider postgres needs --pg \"Host=…;Username=…\".\n{Usage}");
        return settings;
    }
}
