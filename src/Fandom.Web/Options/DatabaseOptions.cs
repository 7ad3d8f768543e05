using System.ComponentModel.DataAnnotations;

namespace Fandom.Web.Options;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public sealed class DatabaseOptions
{
    public const string Section = "Fandom:Database";

    /// <summary>Name of the connection string (under ConnectionStrings) that points at the database.</summary>
    public const string ConnectionStringName = "Fandom";

    /// <summary>The embedded default is SQLite; PostgreSQL is for deployments with several instances.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations when the app starts; turn off where a release step migrates instead.</summary>
    public bool MigrateAtStartup { get; set; } = true;

    /// <summary>
    /// A server started as its own process does start-up's database work in a short-lived child process of the same
    /// binary (<c>initialize</c>), so that none of that work's memory stays with the server; off, it does it itself.
    /// </summary>
    public bool InitializeInSeparateProcess { get; set; } = true;

    /// <summary>How long a SQLite command waits for a competing writer before it fails.</summary>
    [Range(1, 600)] public int SqliteBusyTimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// Memory all SQLite connections of the process may use, mostly their page caches, in MiB, before each recycles its
    /// own cached pages instead of growing (SQLite's soft heap limit); 0 sets none, and every pooled connection keeps
    /// up to 2 MiB. Pages recycled are read again from the OS page cache (docs/reader-site.md, "Memory").
    /// </summary>
    [Range(0, 4096)] public int SqliteMemoryLimitMegabytes { get; set; } = 8;

    /// <summary>
    /// Free space, in MiB, that the SQLite file's disk must have for the health check to call the database writable.
    /// </summary>
    [Range(0, 1_048_576)] public int SqliteMinimumFreeDiskMegabytes { get; set; } = 16;
}
