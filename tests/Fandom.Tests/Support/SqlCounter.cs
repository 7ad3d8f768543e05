using System.Collections.Concurrent;
using System.Data.Common;
using Fandom.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Fandom.Tests.Support;

/// <summary>Counts the queries the app sends and keeps the text of every command, for tests that measure SQL.</summary>
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

    // Every way EF runs a command passes through one of these: readers and scalars are queries, non-queries writes.
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Query(command, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken ct = default) =>
        ValueTask.FromResult(Query(command, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Query(command, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken ct = default) =>
        ValueTask.FromResult(Query(command, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Write(command, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken ct = default) =>
        ValueTask.FromResult(Write(command, result));

    private T Query<T>(DbCommand command, T result)
    {
        Interlocked.Increment(ref count);
        return Write(command, result);
    }

    private T Write<T>(DbCommand command, T result)
    {
        commands.Enqueue(command.CommandText);
        return result;
    }
}
