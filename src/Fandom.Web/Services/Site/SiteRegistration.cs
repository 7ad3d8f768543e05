using Fandom.Web.Infrastructure;
using Fandom.Web.Options;

namespace Fandom.Web.Services.Site;

public static class SiteRegistration
{
    /// <summary>
    /// The site: its settings and time zone, reader cache invalidation and output caching, feeds, sitemap and
    /// public URLs.
    /// </summary>
    public static IServiceCollection AddFandomSite(this IServiceCollection services)
    {
        services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SiteSettingsService>();
        services.AddSingleton<ReaderCacheInvalidation>();
        services.AddSingleton<SiteTime>();
        services.AddScoped<FeedService>();
        services.AddOptions<SitemapOptions>().BindConfiguration(SitemapOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<SitemapService>();
        services.AddSingleton<PublicUrls>();
        services.AddReaderCaching();
        return services;
    }
}
