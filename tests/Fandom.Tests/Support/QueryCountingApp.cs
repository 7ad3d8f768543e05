using System.Collections.Concurrent;
using System.Data.Common;
using Fandom.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

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

public sealed class SqlCounter : DbCommandInterceptor
{
    public void CountIn(IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.ConfigureDbContext<FandomDbContext>(options => options.AddInterceptors(this)));

    private int count;
    private ConcurrentQueue<string> commands = new();

    /// <summary>Queries (readers and scalars) since the last reset.</summary>
    public int Count => Volatile.Read(ref count);

    /// <summary>The text of every command since the last reset, writes without results included.</summary>
    public IReadOnlyList<string> Commands => commands.ToArray();

    public void Reset()
    {
        Interlocked.Exchange(ref count, 0);
        Interlocked.Exchange(ref commands, new ConcurrentQueue<string>());
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken ct = default)
    {
        Interlocked.Increment(ref count);
        commands.Enqueue(command.CommandText);
        return base.ReaderExecutingAsync(command, eventData, result, ct);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken ct = default)
    {
        Interlocked.Increment(ref count);
        commands.Enqueue(command.CommandText);
        return base.ScalarExecutingAsync(command, eventData, result, ct);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        commands.Enqueue(command.CommandText);
        return base.NonQueryExecutingAsync(command, eventData, result, ct);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        commands.Enqueue(command.CommandText);
        return base.NonQueryExecuting(command, eventData, result);
    }
}
