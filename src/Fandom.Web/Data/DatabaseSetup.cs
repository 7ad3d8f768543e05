using Fandom.Data;
using Fandom.Web.Data.Demo;
using Fandom.Web.Infrastructure.Faults;
using Fandom.Web.Options;
using Fandom.Web.Services.Site;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Fandom.Web.Data;

/// <summary>Points <see cref="FandomDbContext"/> at the configured provider and its own migrations assembly.</summary>
public static class DatabaseSetup
{
    public const string SqliteMigrationsAssembly = "Fandom.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Fandom.Migrations.Postgres";
    public const string DefaultSqliteConnectionString = "Data Source=App_Data/fandom.db";

    /// <summary>The database on the configured provider, the Data Protection keys kept in it, and the demo content seeder.</summary>
    public static IServiceCollection AddFandomData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddFandomDatabase(configuration, environment);
        services.AddDataProtection().SetApplicationName("Fandom").PersistKeysToDbContext<FandomDbContext>();
        services.AddScoped<DemoContentSeeder>();
        return services;
    }

    /// <summary>
    /// Data Protection's hosted service only loads the key ring at start-up, ahead of the first page that needs it (a
    /// sign-in, a form's antiforgery token, a staff cookie); reader pages never do. Loading it means the keys' query,
    /// their XML and OpenSSL's ciphers: 9-10 MiB that a site serving readers would keep for nothing (docs/reader-site.md,
    /// "Memory"). Without the service the first such page loads the ring instead. The service is internal, hence its name
    /// here; <c>Single</c> makes a framework that renames it fail every start, and so the tests, not go unnoticed.
    /// </summary>
    public static IServiceCollection LoadKeyRingOnFirstUse(this IServiceCollection services)
    {
        services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService)
            && d.ImplementationType?.FullName == "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService"));
        return services;
    }

    private static IServiceCollection AddFandomDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        // Pooled: a reader page creates a context per request, and a pooled one skips building its services each time.
        // The reader cache eviction is one instance for the whole pool: it keeps what each save changed per context.
        services.AddSingleton<ReaderCacheEviction>();
        services.AddSingleton<StaleConnectionEviction>();
        services.AddDbContextPool<FandomDbContext>((provider, builder) =>
            Configure(builder, options.Provider, ResolveConnectionString(options, connectionString, environment.ContentRootPath))
                .AddInterceptors(provider.GetRequiredService<ReaderCacheEviction>(), provider.GetRequiredService<StaleConnectionEviction>())
                // A failed command is logged once, by whoever handles its exception (FaultLog): EF's own error events
                // (the command, the query, the save, the connection) would log each failure three times, with traces.
                .ConfigureWarnings(w => w.Log(
                    (RelationalEventId.CommandError, LogLevel.Debug), (RelationalEventId.ConnectionError, LogLevel.Debug),
                    (RelationalEventId.TransactionError, LogLevel.Debug),
                    (CoreEventId.QueryIterationFailed, LogLevel.Debug), (CoreEventId.SaveChangesFailed, LogLevel.Debug))));
        return services;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            // Reader pages project a few small collections (authors, categories, tags): one joined query beats several round trips.
            // A list of ids (the cards of a page) goes as one parameter (json_each, or a PostgreSQL array): EF 10's default
            // of one parameter per element cannot keep the SQL it generates, so every such query was rebuilt per request.
            // Each connection prepares a statement once and keeps it (KeptOpenSqliteConnection.ReuseStatements).
            DatabaseProvider.Sqlite => KeptOpenSqliteConnection.ReuseStatements(builder.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly).UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery).UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))),
            DatabaseProvider.Postgres => builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly).UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery).UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };

    /// <summary>
    /// SQLite's file path is made absolute against the content root (so the app finds the same file
    /// whatever the working directory), its folder is created, and a busy timeout is set so a writer
    /// waits for another instead of failing at once. PostgreSQL gets <see cref="WithAutoPrepare"/>.
    /// </summary>
    private static string ResolveConnectionString(DatabaseOptions options, string? configured, string contentRoot)
    {
        if (options.Provider != DatabaseProvider.Sqlite)
            return WithAutoPrepare(configured ?? throw new InvalidOperationException(
                $"Set ConnectionStrings__{DatabaseOptions.ConnectionStringName} for the {options.Provider} provider."));

        var sqlite = new SqliteConnectionStringBuilder(configured ?? DefaultSqliteConnectionString);
        if (sqlite.DataSource != ":memory:" && sqlite.Mode != SqliteOpenMode.Memory && !Path.IsPathRooted(sqlite.DataSource))
            sqlite.DataSource = Path.Combine(contentRoot, sqlite.DataSource);
        if (sqlite.Mode != SqliteOpenMode.Memory)
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(sqlite.DataSource))!);
        sqlite.DefaultTimeout = options.SqliteBusyTimeoutSeconds;
        return sqlite.ToString();
    }

    /// <summary>
    /// Npgsql prepares, on each pooled connection, the statements that connection has run five times: a reader page runs
    /// the same few statements on every request, and the server then skips parsing and analysing them. Off in Npgsql
    /// by default; a connection string that sets "Max Auto Prepare" itself (0 turns it off, as a pooler in
    /// transaction mode needs) is left as it is.
    /// </summary>
    public static string WithAutoPrepare(string connectionString)
    {
        // Npgsql's own builder reports every keyword it knows as present; the plain one reports what the string says.
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.ContainsKey("Max Auto Prepare") || given.ContainsKey("MaxAutoPrepare")) return connectionString;
        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = StatementsPreparedPerConnection }.ConnectionString;
    }

    private const int StatementsPreparedPerConnection = 100;
}
