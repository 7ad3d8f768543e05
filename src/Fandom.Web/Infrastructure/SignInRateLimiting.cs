using System.Threading.RateLimiting;
using Fandom.Web.Options;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Fandom.Web.Infrastructure;

/// <summary>
/// The limits on the account forms a stranger can post without signing in, per client address and form: sign-in
/// (password guessing across many accounts, which per-account lockout cannot stop) and forgot-password (mail
/// bombing a person, and probing which addresses have accounts), and the content API's requests. This is the one
/// table of those limits.
/// </summary>
public static class SignInRateLimiting
{
    /// <summary>The limited forms: Identity UI's page, and how many posts a minute one address may make to it.</summary>
    private static readonly (PathString Page, Func<SecurityOptions, int> PermitsPerMinute)[] LimitedForms =
    [
        ("/Identity/Account/Login", security => security.SignInAttemptsPerMinute),
        ("/Identity/Account/ForgotPassword", security => security.PasswordResetRequestsPerMinute),
    ];

    /// <summary>The content API's limit per client address (<c>[EnableRateLimiting]</c> on its controllers).</summary>
    public const string ContentApiPolicy = "content-api";

    public static IServiceCollection AddSignInRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = TellWhenToRetryAsync;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method)) return RateLimitPartition.GetNoLimiter("unlimited");
                foreach (var (page, permitsPerMinute) in LimitedForms)
                {
                    if (!context.Request.Path.StartsWithSegments(page, StringComparison.OrdinalIgnoreCase)) continue;
                    // Read on every request so that a test (or an operator) setting the option is followed.
                    var permits = permitsPerMinute(context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value);
                    return SharedRateLimitPartitions.FixedWindow(
                        context, page.Value!, context.Connection.RemoteIpAddress?.ToString() ?? "unknown", permits, TimeSpan.FromMinutes(1));
                }
                return RateLimitPartition.GetNoLimiter("unlimited");
            });
            // Per address and for the whole site, cache hits included (the limiter runs before the output cache), one window a minute.
            limiter.AddPolicy(ContentApiPolicy, context =>
            {
                var permits = context.RequestServices.GetRequiredService<IOptions<ContentApiOptions>>().Value.RequestsPerMinute;
                return SharedRateLimitPartitions.FixedWindow(
                    context, ContentApiPolicy, context.Connection.RemoteIpAddress?.ToString() ?? "unknown", permits, TimeSpan.FromMinutes(1));
            });
        });
    }

    /// <summary>A refusal says when the window reopens (Retry-After, in seconds), and says why in JSON to API clients.</summary>
    private static async ValueTask TellWhenToRetryAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var context = rejected.HttpContext;
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SignInRateLimiting))
            .LogWarning("Rate limit: refused a {Method} to {Path} from {Address}, over its requests per minute",
                context.Request.Method, context.Request.Path, context.Connection.RemoteIpAddress);
        var response = context.Response;
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
