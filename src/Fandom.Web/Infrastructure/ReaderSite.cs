using Fandom.Data;
using Fandom.Web.Options;
using Fandom.Web.Services.Search;
using Fandom.Web.Services.Site;

namespace Fandom.Web.Infrastructure;

public static class ReaderSite
{
    /// <summary>The reader site's services: search on the configured provider, feeds, sitemap, public URLs and caching.</summary>
    public static IServiceCollection AddReaderSite(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;
        if (provider == DatabaseProvider.Postgres) services.AddScoped<ISearchService, PostgresSearchService>();
        else services.AddScoped<ISearchService, SqliteSearchService>();
        services.AddScoped<FeedService>();
        services.AddOptions<SitemapOptions>().BindConfiguration(SitemapOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<SitemapService>();
        services.AddSingleton<PublicUrls>();
        services.AddReaderCaching();
        return services;
    }
}
