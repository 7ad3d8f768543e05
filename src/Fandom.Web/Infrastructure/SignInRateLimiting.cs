using System.Threading.RateLimiting;
using Fandom.Web.Options;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Fandom.Web.Infrastructure;

public static class SignInRateLimiting
{
    /// <summary>The content API's limit per client address (<c>[EnableRateLimiting]</c> on its controllers).</summary>
    public const string ContentApiPolicy = "content-api";

    /// <summary>Limits password guessing per client address, and the content API's requests; every other request passes untouched.</summary>
    public static IServiceCollection AddSignInRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = TellWhenToRetryAsync;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method)
                    || !context.Request.Path.StartsWithSegments("/Identity/Account/Login", StringComparison.OrdinalIgnoreCase))
                    return RateLimitPartition.GetNoLimiter("unlimited");
                var permits = context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.SignInAttemptsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1) });
            });
            // Per address, cache hits included (the limiter runs before the output cache), one window a minute.
            limiter.AddPolicy(ContentApiPolicy, context =>
            {
                var permits = context.RequestServices.GetRequiredService<IOptions<ContentApiOptions>>().Value.RequestsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1) });
            });
        });
    }

    /// <summary>A refusal says when the window reopens (Retry-After, in seconds), and says why in JSON to API clients.</summary>
    private static async ValueTask TellWhenToRetryAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var response = rejected.HttpContext.Response;
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
        if (rejected.HttpContext.GetEndpoint()?.Metadata.GetMetadata<ApiControllerAttribute>() is not null)
            await response.WriteAsJsonAsync(new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = "This address has made more requests this minute than the API allows; try again after Retry-After seconds.",
            }, options: null, contentType: "application/problem+json", ct);
    }
}
