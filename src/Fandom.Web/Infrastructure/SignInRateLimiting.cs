using System.Threading.RateLimiting;
using Fandom.Web.Options;
using Microsoft.Extensions.Options;

namespace Fandom.Web.Infrastructure;

public static class SignInRateLimiting
{
    /// <summary>Limits password guessing per client address; every other request passes untouched.</summary>
    public static IServiceCollection AddSignInRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method)
                    || !context.Request.Path.StartsWithSegments("/Identity/Account/Login", StringComparison.OrdinalIgnoreCase))
                    return RateLimitPartition.GetNoLimiter("unlimited");
                var permits = context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.SignInAttemptsPerMinute;
                return SharedRateLimitPartitions.FixedWindow(
                    context, "sign-in", context.Connection.RemoteIpAddress?.ToString() ?? "unknown", permits, TimeSpan.FromMinutes(1));
            });
        });
    }
}
