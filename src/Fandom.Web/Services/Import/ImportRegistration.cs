using Fandom.Web.Services.Export;

namespace Fandom.Web.Services.Import;

public static class ImportRegistration
{
    /// <summary>Importers from WordPress, Ghost and full-site archives, and the Markdown and full-site exports, for the command line and the admin page.</summary>
    public static IServiceCollection AddFandomImport(this IServiceCollection services)
    {
        services.AddScoped<ImportService>();
        services.AddScoped<ImportMedia>();
        services.AddScoped<ImportBylines>();
        services.AddScoped<SiteArchiveReader>();
        services.AddScoped<SiteImport>();
        services.AddSingleton<ImportJobs>();
        services.AddScoped<MarkdownExport>();
        services.AddScoped<FullSiteExport>();
        return services;
    }
}
