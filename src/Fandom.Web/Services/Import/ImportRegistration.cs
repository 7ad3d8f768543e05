using Fandom.Web.Services.Export;

namespace Fandom.Web.Services.Import;

public static class ImportRegistration
{
    /// <summary>Importers from WordPress and Ghost and the Markdown and full-site exports, for the command line and the admin page.</summary>
    public static IServiceCollection AddFandomImport(this IServiceCollection services)
    {
        services.AddScoped<ImportService>();
        services.AddScoped<ImportMedia>();
        services.AddScoped<ImportBylines>();
        services.AddSingleton<ImportJobs>();
        services.AddScoped<MarkdownExport>();
        services.AddScoped<FullSiteExport>();
        return services;
    }
}
