using Fandom.Web.Content;
using Fandom.Web.Options;

namespace Fandom.Web.Services.Articles;

public static class ArticlesRegistration
{
    /// <summary>Articles for readers, and the Markdown pipeline that renders them when they are saved.</summary>
    public static IServiceCollection AddFandomArticles(this IServiceCollection services)
    {
        services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.Section);
        services.AddSingleton<ContentRenderer>();
        services.AddScoped<ArticleService>();
        services.AddScoped<RenderContextLoader>();
        services.AddScoped<ArticleRenderer>();
        return services;
    }
}
