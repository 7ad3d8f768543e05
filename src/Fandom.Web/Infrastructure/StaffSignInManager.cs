using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Fandom.Web.Infrastructure;

/// <summary>
/// Identity UI's sign-in page does not count failed passwords towards lockout; here every password check
/// does (SPEC §2: lockout after 5 failures), and the moment an account locks is written to the audit log.
/// </summary>
public sealed class StaffSignInManager(
    UserManager<StaffUser> users, IHttpContextAccessor context, IUserClaimsPrincipalFactory<StaffUser> claims,
    IOptions<IdentityOptions> options, ILogger<SignInManager<StaffUser>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<StaffUser> confirmation)
    : SignInManager<StaffUser>(users, context, claims, options, logger, schemes, confirmation)
{
    public override async Task<SignInResult> CheckPasswordSignInAsync(StaffUser user, string password, bool lockoutOnFailure)
    {
        var wasLocked = await UserManager.IsLockedOutAsync(user);
        var result = await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.IsLockedOut && !wasLocked)
        {
            var services = Context.RequestServices;
            var db = services.GetRequiredService<FandomDbContext>();
            var now = services.GetRequiredService<TimeProvider>().UtcNow();
            db.Audit(now, null, "user.lockout", "User", user.Id,
                $"{user.Email} locked after {Options.Lockout.MaxFailedAccessAttempts} failed sign-ins from {Context.Connection.RemoteIpAddress}");
            await db.SaveChangesAsync();
        }
        return result;
    }
}
