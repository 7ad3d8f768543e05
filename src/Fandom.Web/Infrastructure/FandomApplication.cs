using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Authorization;
using Fandom.Web.Content;
using Fandom.Web.Data;
using Fandom.Web.Data.Demo;
using Fandom.Web.Options;
using Fandom.Web.Services.Admin;
using Fandom.Web.Services.Articles;
using Fandom.Web.Services.Editorial;
using Fandom.Web.Services.Media;
using Fandom.Web.Services.Quotes;
using Fandom.Web.Services.Site;
using Fandom.Web.Services.Taxonomy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Fandom.Web.Infrastructure;

/// <summary>The whole app's services and request pipeline, in one place that Program and tests share.</summary>
public static class FandomApplication
{
    /// <summary>The staff sign-in cookie; reader pages are cached only for requests without it.</summary>
    public const string AuthCookieName = "fandom.auth";

    public static WebApplicationBuilder AddFandom(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<FandomOptions>().BindConfiguration(FandomOptions.Section);
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddFandomDatabase(builder.Configuration, builder.Environment);
        services.AddDataProtection().SetApplicationName("Fandom").PersistKeysToDbContext<FandomDbContext>();

        services.AddDefaultIdentity<StaffUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<FandomDbContext>()
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>()
            .AddSignInManager<StaffSignInManager>();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = AuthCookieName;
            // A signed-in user without the right role gets a real 403, not a redirect to a page that says so.
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        // Role changes and locks take effect on the user's next request, not when the cookie expires.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);

        services.AddAuthorizationBuilder().AddFandomPolicies();
        services.AddSingleton<IAuthorizationHandler, ArticleAuthorizationHandler>();

        services.AddControllersWithViews(mvc => mvc.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()));
        services.AddRazorPages(pages => pages.Conventions.AddRegistrationGate());
        services.AddSignInRateLimiting();
        services.AddHealthChecks().AddDbContextCheck<FandomDbContext>();

        services.AddMemoryCache();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<SiteSettingsService>();
        services.AddSingleton<ReaderCacheInvalidation>();
        services.AddSingleton<ContentRenderer>();
        services.AddSingleton<SiteTime>();
        services.AddScoped<ArticleService>();
        services.AddScoped<EditorialService>();
        services.AddScoped<RenderContextLoader>();
        services.AddScoped<ArticleRenderer>();
        services.AddScoped<StaffService>();
        services.AddScoped<DemoContentSeeder>();

        // Reader site: search per provider, feeds, sitemap, output caching and compression.
        services.AddReaderSite(builder.Configuration);
        // Administration: accounts, categories and tags, redirects, audit log, outgoing mail.
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Microsoft.AspNetCore.Identity.UI.Services.IEmailSender, SmtpEmailSender>();
        services.AddScoped<UserAdminService>();
        services.AddScoped<CategoryService>();
        services.AddScoped<TagService>();
        services.AddScoped<RedirectService>();
        services.AddScoped<AuditQueryService>();
        // Editorial workflow: gate, transitions, revisions, autosave and presence, preview links, desk, editor page.
        services.AddScoped<ArticleGate>();
        services.AddScoped<WorkflowService>();
        services.AddScoped<RevisionService>();
        services.AddScoped<AutosaveService>();
        services.AddScoped<PreviewLinkService>();
        services.AddScoped<EditorPreviewService>();
        services.AddScoped<DeskService>();
        services.AddScoped<Fandom.Web.Areas.Editorial.Models.ArticleFormFactory>();
        // Quote library and people pages (rich articles).
        services.AddScoped<QuoteCollector>();
        services.AddScoped<QuoteService>();
        services.AddScoped<PeopleService>();
        // Media library: uploads checked by decoding, stored on the file system (or a shared volume).
        services.AddOptions<MediaOptions>().BindConfiguration(MediaOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IMediaStorage, FileSystemMediaStorage>();
        services.AddSingleton<ImageProcessor>();
        services.AddScoped<MediaUploader>();
        services.AddScoped<MediaService>();
        return builder;
    }

    public static WebApplication UseFandom(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseSecurityHeaders();
        app.UseRedirects();
        // Static files are compressed here; everything routed is compressed inside the output cache, once.
        app.UseWhen(context => Path.HasExtension(context.Request.Path.Value), files => files.UseResponseCompression());
        app.UseStaticFiles(ReaderCaching.StaticFiles());
        app.UseRouting();
        // A cache hit is answered here: nothing after it runs (ETag, compression, rate limits, authentication).
        app.UseOutputCache();
        app.UseReaderETags();
        app.UseResponseCompression();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapHealthChecks("/healthz");
        app.MapControllers();
        app.MapRazorPages();
        return app;
    }
}
