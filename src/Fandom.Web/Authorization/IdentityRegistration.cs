using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Fandom.Web.Authorization;

public static class IdentityRegistration
{
    /// <summary>Staff accounts on Identity, the sign-in cookie, and the policies and handler that authorize staff.</summary>
    public static IServiceCollection AddFandomIdentity(this IServiceCollection services)
    {
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
            .AddUserManager<StaffUserManager>()
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>()
            .AddSignInManager<StaffSignInManager>();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = FandomApplication.AuthCookieName;
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
        services.AddSingleton<IAuthorizationHandler, MediaAuthorizationHandler>();
        return services;
    }
}
