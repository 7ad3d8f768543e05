using Fandom.Web.Infrastructure.Health;
using Fandom.Web.Options;
using Fandom.Web.Services.Site;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Fandom.Web.Infrastructure.Redis;

public static class RedisRegistration
{
    /// <summary>
    /// What the instances of one site share when <c>ConnectionStrings:Redis</c> is set: the reader cache's changes
    /// (evictions and memos), the rate limits (<see cref="SharedRateLimitPartitions"/>) and a health report of both.
    /// Without it the site is one instance and nothing here is registered beyond <see cref="SingleInstance"/>.
    /// </summary>
    public static IServiceCollection AddSharedInstances(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RedisOptions>().BindConfiguration(RedisOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var connectionString = configuration.GetConnectionString(RedisOptions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            services.AddSingleton<IReaderCacheBroadcast, SingleInstance>();
            return services;
        }
        services.AddSingleton(_ => SharedRedis.Connect(connectionString));
        services.AddSingleton<SharedRedis>();
        services.AddSingleton<RedisReaderCacheBroadcast>();
        services.AddSingleton<IReaderCacheBroadcast>(provider => provider.GetRequiredService<RedisReaderCacheBroadcast>());
        services.AddHostedService(provider => provider.GetRequiredService<RedisReaderCacheBroadcast>());
        services.AddRedisHealthChecks();
        return services;
    }

    /// <summary>
    /// Redis down is a degradation, not an outage: readers get pages rendered uncached, staff can save. <c>/healthz</c>
    /// says Degraded while Redis does not answer a ping or this instance's reader cache is out of step.
    /// </summary>
    public static IServiceCollection AddRedisHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddRedis(provider => provider.GetRequiredService<IConnectionMultiplexer>(), name: "redis",
                failureStatus: HealthStatus.Degraded, tags: ["redis", FandomHealthChecks.Ready], timeout: TimeSpan.FromSeconds(2))
            .AddCheck<ReaderCacheInStepCheck>("reader-cache", tags: ["redis", FandomHealthChecks.Ready]);
        return services;
    }
}

/// <summary>Degraded while this instance's reader cache cannot hear the other instances' changes.</summary>
public sealed class ReaderCacheInStepCheck(IReaderCacheBroadcast broadcast) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        Task.FromResult(broadcast.InStep
            ? HealthCheckResult.Healthy("Reader cache in step with the other instances.")
            : HealthCheckResult.Degraded("Reader cache out of step with the other instances: pages are served uncached."));
}
