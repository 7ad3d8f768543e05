using Microsoft.AspNetCore.Hosting;

namespace Fandom.Tests.Support;

/// <summary>SQLite app that counts every SQL command the app sends, for tests that measure queries.</summary>
public sealed class QueryCountingApp : SqliteApp
{
    public SqlCounter Sql { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        Sql.CountIn(builder);
    }
}

/// <summary>The same on PostgreSQL.</summary>
public sealed class QueryCountingPostgresApp : PostgresApp
{
    public SqlCounter Sql { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        Sql.CountIn(builder);
    }
}
