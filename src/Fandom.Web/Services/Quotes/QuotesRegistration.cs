namespace Fandom.Web.Services.Quotes;

public static class QuotesRegistration
{
    /// <summary>The quote library and people pages.</summary>
    public static IServiceCollection AddFandomQuotes(this IServiceCollection services)
    {
        services.AddScoped<QuoteCollector>();
        services.AddScoped<QuoteService>();
        services.AddScoped<PeopleService>();
        return services;
    }
}
