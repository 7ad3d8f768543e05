using System.Security.Claims;
using Fandom.Data.Entities;
using Fandom.Web.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Fandom.Web.Authorization;

/// <summary>Adds the display name and time zone to the sign-in cookie, so pages and audit events need no user lookup.</summary>
public sealed class StaffClaimsPrincipalFactory(UserManager<StaffUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Actor.DisplayNameClaim, string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? user.UserName ?? "" : user.DisplayName));
        if (!string.IsNullOrWhiteSpace(user.TimeZoneId))
            identity.AddClaim(new Claim(Actor.TimeZoneClaim, user.TimeZoneId));
        return identity;
    }
}
