using Fandom.Data;
using Fandom.Web.Authorization;
using Fandom.Web.Data;
using Fandom.Web.Infrastructure.Faults;
using Fandom.Web.Infrastructure.Health;
using Fandom.Web.Infrastructure.Redis;
using Fandom.Web.Options;
using Fandom.Web.Services.Admin;
using Fandom.Web.Services.Api;
using Fandom.Web.Services.Articles;
using Fandom.Web.Services.Editorial;
using Fandom.Web.Services.Import;
using Fandom.Web.Services.Media;
using Fandom.Web.Services.Quotes;
using Fandom.Web.Services.Search;
using Fandom.Web.Services.Site;
using Fandom.Web.Services.Taxonomy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;

namespace Fandom.Web.Infrastructure;

/// <summary>The whole app's services and request pipeline, in one place that Program and tests share.</summary>
public static class FandomApplication
{
    /// <summary>The staff sign-in cookie; reader pages are cached only for requests without it.</summary>
    public const string AuthCookieName = "fandom.auth";

    /// <summary>The app's services, one area at a time; each area registers what it owns.</summary>
    public static WebApplicationBuilder AddFandom(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<FandomOptions>().BindConfiguration(FandomOptions.Section);
        services.AddFandomData(builder.Configuration, builder.Environment);
        services.AddSharedInstances(builder.Configuration);
        services.AddFandomIdentity();
        services.AddFandomWeb();
        services.AddTrustedProxies();
        services.AddPublicAddressHosting(builder.Configuration, builder.Environment);
        services.AddFandomSite();
        services.AddFandomArticles();
        services.AddFandomSearch(builder.Configuration);
        services.AddFandomAdmin();
        services.AddFandomTaxonomy();
        services.AddFandomEditorial();
        services.AddFandomQuotes();
        services.AddFandomMedia();
        services.AddFandomImport();
        services.AddFandomContentApi();
        // Last: the registrations above add Data Protection's services again (Identity, antiforgery).
        services.LoadKeyRingOnFirstUse();
        return builder;
    }

    /// <summary>Hosting: MVC with antiforgery on every form, Identity's pages, sign-in rate limits, health, the clock.</summary>
    public static IServiceCollection AddFandomWeb(this IServiceCollection services)
    {
        services.AddControllersWithViews(mvc => mvc.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()));
        services.AddRazorPages(pages => pages.Conventions.AddIdentityPages().AddLocalReturnUrls());
        services.AddSignInRateLimiting();
        services.AddFandomHealthChecks();
        services.AddFandomFaultHandling();
        services.AddMemoryCache();
        services.AddSingleton(TimeProvider.System);
        // Every absolute link MVC and Identity UI build starts at the configured public address.
        services.AddSingleton<IUrlHelperFactory, PublicUrlHelperFactory>();
        return services;
    }

    public static WebApplication UseFandom(this WebApplication app)
    {
        app.UseTrustedProxies();
        app.UsePublicAddressHosting(app.Environment);
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseSecurityHeaders();
        app.UseRedirects();
        // Static files are compressed here; everything routed is compressed inside the output cache, once.
        app.UseWhen(context => Path.HasExtension(context.Request.Path.Value), files => files.UseResponseCompression());
        app.UseStaticFiles(ReaderCaching.StaticFiles());
        app.UseRouting();
        // Before the cache, so that a cached API answer still gets its origin's CORS headers and counts against the limit.
        app.UseCors();
        app.UseRateLimiter();
        // A cache hit is answered here: nothing after it runs (ETag, compression, authentication).
        app.UseOutputCache();
        app.UseReaderETags();
        app.UseResponseCompression();
        app.UseFormNulRemoval();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapFandomHealthChecks();
        app.MapControllers();
        app.MapOpenApi().RequireCors(ContentApiRegistration.CorsPolicy);
        app.MapRazorPages();
        return app;
    }
}
