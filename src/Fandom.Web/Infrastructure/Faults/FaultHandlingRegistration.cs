namespace Fandom.Web.Infrastructure.Faults;

public static class FaultHandlingRegistration
{
    /// <summary>
    /// The summarising fault log and the deferred writes. The framework's own per-request error logs are turned off
    /// where the app logs the same failure itself, once, through <see cref="FaultLog"/>: the exception handler's
    /// (the error page reports it) and the health check service's (the check reports it).
    /// </summary>
    public static IServiceCollection AddFandomFaultHandling(this IServiceCollection services)
    {
        services.AddSingleton<FaultLog>();
        services.AddSingleton<DeferredWrites>();
        services.AddHostedService(provider => provider.GetRequiredService<DeferredWrites>());
        services.AddLogging(logging => logging
            .AddFilter("Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", LogLevel.None)
            .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService", LogLevel.None));
        return services;
    }
}
