using Fandom.Web.Options;
using Npgsql;

namespace Fandom.Tests.Support;

/// <summary>
/// The app on a real PostgreSQL server: FANDOM_TEST_POSTGRES names a server where a database
/// of its own is created for each instance and dropped afterwards. tests/run.sh starts one.
/// </summary>
public class PostgresApp : FandomApp
{
    public const string ServerVariable = "FANDOM_TEST_POSTGRES";

    private readonly string database = $"fandom_test_{Guid.NewGuid():N}";

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override string ConnectionString => new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database }.ToString();

    internal static string AdminConnectionString => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException($"{ServerVariable} is not set: run the tests with tests/run.sh, which starts PostgreSQL.");

    public override async Task InitializeAsync() => await AdminAsync($"CREATE DATABASE \"{database}\"");

    /// <summary>
    /// New sessions start read-only (writes fail with 25006), and the app's open ones are ended so that none writes
    /// on. Accepting again changes only new sessions: the read-only ones the app opened meanwhile are its to drop.
    /// </summary>
    public override async Task RefuseWritesAsync()
    {
        await AdminAsync($"ALTER DATABASE \"{database}\" SET default_transaction_read_only = on");
        NpgsqlConnection.ClearAllPools();
    }

    public override Task AcceptWritesAsync() => AdminAsync($"ALTER DATABASE \"{database}\" SET default_transaction_read_only = off");

    public override async Task BreakDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await AdminAsync($"DROP DATABASE \"{database}\" WITH (FORCE)");
    }

    protected override async Task DropDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await AdminAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    internal static async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>PostgreSQL with the demo newsroom seeded at start-up.</summary>
public sealed class DemoPostgresApp : PostgresApp
{
    protected override bool DemoContent => true;
}
