using Fandom.Web.Options;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;

namespace Fandom.Web.Services.Api;

/// <summary>The read-only content API: its reads, the origins that may call it from a browser, its OpenAPI document.</summary>
public static class ContentApiRegistration
{
    /// <summary>The API's version: its path prefix and the name of its OpenAPI document.</summary>
    public const string Version = "v1";

    /// <summary>The CORS policy of the API and its document.</summary>
    public const string CorsPolicy = "content-api";

    /// <summary>Where the app serves the OpenAPI document (<c>MapOpenApi</c>'s default address for <see cref="Version"/>).</summary>
    public const string OpenApiDocument = "/openapi/" + Version + ".json";

    public static IServiceCollection AddFandomContentApi(this IServiceCollection services)
    {
        services.AddOptions<ContentApiOptions>().BindConfiguration(ContentApiOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.CorsOrigins.All(IsOrigin),
                $"{ContentApiOptions.Section}:CorsOrigins holds web origins such as https://app.example.com (scheme, host and port; no path), or *.")
            .ValidateOnStart();
        services.AddScoped<ContentApiService>();

        // No credentials: the API is anonymous, so any allowed origin reads exactly what anyone else does.
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<ContentApiOptions>>((cors, api) => cors.AddPolicy(CorsPolicy, policy => policy
            .WithOrigins(api.Value.CorsOrigins)
            .WithMethods(HttpMethods.Get)
            .WithHeaders(HeaderNames.IfNoneMatch)
            .WithExposedHeaders(HeaderNames.ETag, HeaderNames.RetryAfter)
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));

        services.AddOpenApi(Version, openApi =>
        {
            // Only the API: reader pages and staff screens are controllers too, but not part of it.
            openApi.ShouldInclude = description => description.GroupName == Version;
            openApi.AddDocumentTransformer((document, context, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Fandom content API",
                    Version = Version,
                    Description = "Read-only JSON for published articles, sections, topics, authors, quoted people and quotes: " +
                        "what readers see on the site, nothing else. Answers carry an ETag (send If-None-Match for a 304) and are " +
                        "limited per client address (429 with Retry-After).",
                };
                // Absolute addresses come from the configured public base URL when there is one, as in feeds and sitemaps.
                var site = context.ApplicationServices.GetRequiredService<IOptionsMonitor<SiteOptions>>().CurrentValue;
                if (site.PublicBaseUrl is { Length: > 0 } baseUrl)
                    document.Servers = [new OpenApiServer { Url = baseUrl.TrimEnd('/') }];
                return Task.CompletedTask;
            });
            // MVC could also write text/plain and text/json; the API answers JSON, and problems as problem+json.
            openApi.AddOperationTransformer((operation, _, _) =>
            {
                foreach (var content in operation.Responses?.Values.Select(r => r.Content).OfType<IDictionary<string, OpenApiMediaType>>() ?? [])
                    foreach (var type in content.Keys.Where(t => t is "text/plain" or "text/json").ToList())
                        content.Remove(type);
                return Task.CompletedTask;
            });
        });
        return services;
    }

    private static bool IsOrigin(string origin) =>
        origin == "*"
        || (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme is ("http" or "https")
            && uri.GetLeftPart(UriPartial.Authority).Equals(origin, StringComparison.OrdinalIgnoreCase));
}
