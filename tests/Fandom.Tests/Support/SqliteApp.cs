using Fandom.Web.Data;
using Fandom.Web.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fandom.Tests.Support;

/// <summary>The app on its embedded default: a SQLite file of its own.</summary>
public class SqliteApp : FandomApp
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"fandom-test-{Guid.NewGuid():N}.db");

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    protected override string ConnectionString => $"Data Source={file}";
    public string DatabaseFile => file;

    private readonly QueryOnlySwitch writes = new();

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.ConfigureDbContext<Fandom.Data.FandomDbContext>(o => o.AddInterceptors(writes)));
    }

    public override Task RefuseWritesAsync()
    {
        writes.Refusing = true;
        return Task.CompletedTask;
    }

    public override Task AcceptWritesAsync()
    {
        writes.Refusing = false;
        return Task.CompletedTask;
    }

    public override Task BreakDatabaseAsync()
    {
        // A directory where the database file was cannot be opened as a database; the app's connections, pooled or
        // kept open by its contexts, are retired so that each next one opens the path again.
        KeptOpenSqliteConnection.RetireAll();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" }) File.Delete(path);
        Directory.CreateDirectory(file);
        return Task.CompletedTask;
    }

    protected override Task DropDatabaseAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(file)) Directory.Delete(file);
        foreach (var path in new[] { file, file + "-wal", file + "-shm" }) File.Delete(path);
        return Task.CompletedTask;
    }
}

/// <summary>SQLite with the demo newsroom seeded at start-up, as `dotnet run` does.</summary>
public sealed class DemoSqliteApp : SqliteApp
{
    protected override bool DemoContent => true;
}
