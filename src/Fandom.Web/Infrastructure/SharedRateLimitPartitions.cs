using System.Threading.RateLimiting;
using Fandom.Web.Infrastructure.Redis;
using RedisRateLimiting;
using StackExchange.Redis;

namespace Fandom.Web.Infrastructure;

/// <summary>
/// Rate limit partitions that every instance of the site counts together: in Redis when the site shares one, so N
/// instances allow what one does; in this process when it runs alone, or while Redis does not answer (a limit per
/// instance then, rather than none, and sign-in keeps working).
/// </summary>
public static class SharedRateLimitPartitions
{
    /// <summary>At most <paramref name="permits"/> requests of <paramref name="policy"/> per <paramref name="client"/> in each window.</summary>
    public static RateLimitPartition<string> FixedWindow(HttpContext context, string policy, string client, int permits, TimeSpan window)
    {
        var key = $"{policy}:{client}";
        var local = new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window };
        if (context.RequestServices.GetService<SharedRedis>() is not { } redis)
            return RateLimitPartition.GetFixedWindowLimiter(key, _ => local);
        var log = context.RequestServices.GetRequiredService<ILogger<SharedOrLocalRateLimiter>>();
        return RateLimitPartition.Get(key, partition => new SharedOrLocalRateLimiter(
            new RedisFixedWindowRateLimiter<string>(redis.Name($"rate-limit:{partition}"), new RedisFixedWindowRateLimiterOptions
            {
                ConnectionMultiplexerFactory = () => redis.Connection,
                PermitLimit = permits,
                Window = window,
            }),
            new FixedWindowRateLimiter(local), redis, log));
    }
}

/// <summary>Counts in Redis while it answers, and in this process while it does not.</summary>
public sealed class SharedOrLocalRateLimiter(RateLimiter shared, RateLimiter local, SharedRedis redis, ILogger<SharedOrLocalRateLimiter> log) : RateLimiter
{
    public override TimeSpan? IdleDuration => local.IdleDuration;

    public override RateLimiterStatistics? GetStatistics() => local.GetStatistics();

    // The Redis limiter has no synchronous path (its attempt always fails, sending the middleware to the asynchronous one).
    protected override RateLimitLease AttemptAcquireCore(int permitCount) =>
        redis.IsConnected ? shared.AttemptAcquire(permitCount) : local.AttemptAcquire(permitCount);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken ct)
    {
        if (redis.IsConnected)
        {
            try
            {
                return await shared.AcquireAsync(permitCount, ct);
            }
            catch (Exception e) when (e is RedisException or RedisTimeoutException)
            {
                log.LogWarning(e, "Redis did not answer a rate limit; counting on this instance alone.");
            }
        }
        return await local.AcquireAsync(permitCount, ct);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            shared.Dispose();
            local.Dispose();
        }
        base.Dispose(disposing);
    }
}
