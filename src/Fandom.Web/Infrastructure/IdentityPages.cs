using Fandom.Web.Services.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Fandom.Web.Infrastructure;

/// <summary>
/// The Identity UI pages the site offers (SPEC §2: sign-in, sign-out, password reset, 2FA and account management).
/// Identity UI maps every page it has; a page not listed here gets no route, so it answers 404 to every method and
/// no link to it can be generated.
/// </summary>
public static class IdentityPages
{
    /// <summary>Pages open to everyone they concern.</summary>
    public static readonly IReadOnlySet<string> Offered = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "/Error",
        "/Account/Login", "/Account/LoginWith2fa", "/Account/LoginWithRecoveryCode", "/Account/Logout",
        "/Account/Lockout", "/Account/AccessDenied",
        // The site's own pages for its one-time links (AccountLinkService): an invitation's, and a reset's, which also
        // stands in for Identity's. Choosing the password signs the person in, so no confirmation page follows.
        "/Account/AcceptInvitation",
        "/Account/ForgotPassword", "/Account/ForgotPasswordConfirmation", "/Account/ResetPassword",
        "/Account/Manage/Index", "/Account/Manage/ChangePassword",
        "/Account/Manage/Email", "/Account/ConfirmEmailChange",
        "/Account/Manage/TwoFactorAuthentication", "/Account/Manage/EnableAuthenticator", "/Account/Manage/Disable2fa",
        "/Account/Manage/ResetAuthenticator", "/Account/Manage/GenerateRecoveryCodes", "/Account/Manage/ShowRecoveryCodes",
        "/Account/Manage/PersonalData", "/Account/Manage/DownloadPersonalData",
    };

    // Not offered, on purpose: Manage/DeletePersonalData (deleting a staff account hands its articles to someone and
    // is audited, so only an admin does it, and never to the last Admin), ExternalLogin and Manage/ExternalLogins (no
    // external sign-in), Manage/SetPassword (every signed-in account has a password; one without sets it by a link),
    // ResetPasswordConfirmation (choosing a password with a link signs the person in).

    /// <summary>Pages that exist only while public registration is on.</summary>
    public static readonly IReadOnlySet<string> Registration = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "/Account/Register", "/Account/RegisterConfirmation", "/Account/ConfirmEmail", "/Account/ResendEmailConfirmation",
    };

    public static PageConventionCollection AddIdentityPages(this PageConventionCollection conventions)
    {
        conventions.AddAreaFolderRouteModelConvention("Identity", "/", model =>
        {
            if (!Offered.Contains(model.ViewEnginePath) && !Registration.Contains(model.ViewEnginePath)) model.Selectors.Clear();
        });
        conventions.AddAreaFolderApplicationModelConvention("Identity", "/", model =>
        {
            if (Registration.Contains(model.ViewEnginePath)) model.Filters.Add(new RegistrationGate());
        });
        return conventions;
    }
}

/// <summary>
/// Public self-registration is off unless the site opens it (SPEC §2): while closed, Identity UI's
/// registration pages answer 404 as if they did not exist.
/// </summary>
public sealed class RegistrationGate : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var settings = context.HttpContext.RequestServices.GetRequiredService<SiteSettingsService>().Current;
        if (settings.PublicRegistration) return next();
        context.Result = new NotFoundResult();
        return Task.CompletedTask;
    }
}
