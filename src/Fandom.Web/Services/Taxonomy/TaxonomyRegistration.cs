namespace Fandom.Web.Services.Taxonomy;

public static class TaxonomyRegistration
{
    /// <summary>Categories, tags and redirects, as the editorial area manages them.</summary>
    public static IServiceCollection AddFandomTaxonomy(this IServiceCollection services)
    {
        services.AddScoped<CategoryService>();
        services.AddScoped<TagService>();
        services.AddScoped<RedirectService>();
        return services;
    }
}
