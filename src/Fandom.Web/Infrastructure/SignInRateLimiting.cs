using System.Threading.RateLimiting;
using Fandom.Web.Options;
using Microsoft.Extensions.Options;

namespace Fandom.Web.Infrastructure;

/// <summary>
/// The limits on the account forms a stranger can post without signing in, per client address and form: sign-in
/// (password guessing across many accounts, which per-account lockout cannot stop) and forgot-password (mail
/// bombing a person, and probing which addresses have accounts). This is the one table of those limits.
/// </summary>
public static class SignInRateLimiting
{
    /// <summary>The limited forms: Identity UI's page, and how many posts a minute one address may make to it.</summary>
    private static readonly (PathString Page, Func<SecurityOptions, int> PermitsPerMinute)[] LimitedForms =
    [
        ("/Identity/Account/Login", security => security.SignInAttemptsPerMinute),
        ("/Identity/Account/ForgotPassword", security => security.PasswordResetRequestsPerMinute),
    ];

    public static IServiceCollection AddSignInRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (rejected, _) =>
            {
                var context = rejected.HttpContext;
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SignInRateLimiting))
                    .LogWarning("Rate limit: refused a post to {Path} from {Address}, over its attempts per minute",
                        context.Request.Path, context.Connection.RemoteIpAddress);
                return ValueTask.CompletedTask;
            };
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method)) return RateLimitPartition.GetNoLimiter("unlimited");
                foreach (var (page, permitsPerMinute) in LimitedForms)
                {
                    if (!context.Request.Path.StartsWithSegments(page, StringComparison.OrdinalIgnoreCase)) continue;
                    // Read on every request so that a test (or an operator) setting the option is followed.
                    var permits = permitsPerMinute(context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value);
                    return RateLimitPartition.GetFixedWindowLimiter(
                        $"{page}|{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1) });
                }
                return RateLimitPartition.GetNoLimiter("unlimited");
            });
        });
    }
}
