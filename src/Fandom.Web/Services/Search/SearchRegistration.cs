using Fandom.Data;
using Fandom.Web.Options;

namespace Fandom.Web.Services.Search;

public static class SearchRegistration
{
    /// <summary>Search on the configured provider: SQLite FTS5 or PostgreSQL full-text search.</summary>
    public static IServiceCollection AddFandomSearch(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;
        if (provider == DatabaseProvider.Postgres) services.AddScoped<ISearchService, PostgresSearchService>();
        else services.AddScoped<ISearchService, SqliteSearchService>();
        return services;
    }
}
