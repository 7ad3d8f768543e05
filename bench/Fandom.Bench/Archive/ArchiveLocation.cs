using System.Text.Json;
using Fandom.Web.Options;
using Npgsql;

namespace Fandom.Bench.Archive;

/// <summary>How long an archive took to build, kept next to it so a reused archive still reports it.</summary>
public sealed record ArchiveInfo(int Articles, int Seed, DateTime AnchorUtc, DateTime BuiltAtUtc, double BuildSeconds);

/// <summary>Where the archive of one size lives: a SQLite file under bench/.data, or a PostgreSQL database named after the size.</summary>
public sealed class ArchiveLocation(BenchSettings settings)
{
    public DatabaseProvider Provider => settings.Provider;
    public int Articles => settings.Articles;

    public string SqlitePath => Path.Combine(settings.DataDirectory, $"{settings.Name}.db");
    public string PostgresDatabase => $"fandom_bench_{settings.Articles}";
    private string InfoPath => Path.Combine(settings.DataDirectory, $"{settings.Name}.json");

    public string ConnectionString => Provider == DatabaseProvider.Sqlite
        ? $"Data Source={SqlitePath}"
        : new NpgsqlConnectionStringBuilder(settings.PostgresServer) { Database = PostgresDatabase }.ConnectionString;

    /// <summary>The server's maintenance database, for creating and dropping the archive's.</summary>
    public string PostgresMaintenance => new NpgsqlConnectionStringBuilder(settings.PostgresServer) { Database = "postgres" }.ConnectionString;

    public ArchiveInfo? ReadInfo() =>
        File.Exists(InfoPath) ? JsonSerializer.Deserialize<ArchiveInfo>(File.ReadAllText(InfoPath)) : null;

    public void WriteInfo(ArchiveInfo info)
    {
        Directory.CreateDirectory(settings.DataDirectory);
        File.WriteAllText(InfoPath, JsonSerializer.Serialize(info, new JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>Whether the file or database is there at all, asked without connecting to it (which logs a failure).</summary>
    public async Task<bool> ExistsAsync()
    {
        if (Provider == DatabaseProvider.Sqlite) return File.Exists(SqlitePath);
        await using var connection = new NpgsqlConnection(PostgresMaintenance);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        query.Parameters.AddWithValue("name", PostgresDatabase);
        return await query.ExecuteScalarAsync() is not null;
    }

    /// <summary>Removes any earlier archive and leaves an empty database (PostgreSQL) or no file (SQLite) for the migrations.</summary>
    public async Task ResetAsync()
    {
        if (File.Exists(InfoPath)) File.Delete(InfoPath);
        if (Provider == DatabaseProvider.Sqlite)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                if (File.Exists(SqlitePath + suffix)) File.Delete(SqlitePath + suffix);
            return;
        }
        await using var connection = new NpgsqlConnection(PostgresMaintenance);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{PostgresDatabase}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{PostgresDatabase}\"", connection);
        await create.ExecuteNonQueryAsync();
    }
}
