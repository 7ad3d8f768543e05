using System.Text;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Fandom.Web.Infrastructure.Health;

/// <summary>
/// Every health check of the app, registered and mapped here (docs/operations.md). A check that says whether this
/// instance can serve (the database, and whatever else it comes to depend on) is tagged <see cref="Ready"/>.
/// <list type="bullet">
/// <item><c>/healthz/live</c>: the process runs and answers; no check. Restart the instance when this fails.</item>
/// <item><c>/healthz/ready</c> and <c>/healthz</c>: every ready check passes; 503 with the reasons otherwise. Take
/// the instance out of rotation while this fails; it recovers by itself.</item>
/// </list>
/// </summary>
public static class FandomHealthChecks
{
    public const string Ready = "ready";

    /// <summary>A check that takes longer than this has failed: a server that does not answer must not hold the probe.</summary>
    public static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(3);

    public static IServiceCollection AddFandomHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseWriteCheck>(DatabaseWriteCheck.Name, HealthStatus.Unhealthy, [Ready], CheckTimeout);
        return services;
    }

    public static IEndpointRouteBuilder MapFandomHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteReasons });
        var ready = new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready), ResponseWriter = WriteReasons };
        endpoints.MapHealthChecks("/healthz/ready", ready);
        endpoints.MapHealthChecks("/healthz", ready);
        return endpoints;
    }

    /// <summary>Plain text: the overall status, then one line per check with what it found.</summary>
    private static Task WriteReasons(HttpContext context, HealthReport report)
    {
        var text = new StringBuilder(report.Status.ToString()).Append('\n');
        foreach (var (name, entry) in report.Entries)
            text.Append(name).Append(": ").Append(entry.Status).Append(" - ").Append(entry.Description ?? entry.Exception?.Message ?? "").Append('\n');
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(text.ToString());
    }
}
