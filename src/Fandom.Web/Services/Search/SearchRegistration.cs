using Fandom.Data;
using Fandom.Web.Options;

namespace Fandom.Web.Services.Search;

public static class SearchRegistration
{
    /// <summary>
    /// Search on the configured provider: SQLite FTS5, with the upkeep of its index (<see cref="SqliteSearchIndex"/>),
    /// or PostgreSQL full-text search.
    /// </summary>
    public static IServiceCollection AddFandomSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var provider = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;
        if (provider == DatabaseProvider.Postgres)
        {
            services.AddScoped<ISearchService, PostgresSearchService>();
            return services;
        }
        services.AddScoped<ISearchService, SqliteSearchService>();
        services.AddSingleton<SqliteSearchIndex>();
        services.AddHostedService(app => app.GetRequiredService<SqliteSearchIndex>());
        return services;
    }
}
