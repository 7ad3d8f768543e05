using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Content;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fandom.Web.Authorization;

/// <summary>
/// Identity's user manager, with the one rule every new account needs: its own author-page slug. Accounts come from
/// the admin's staff form and from Identity UI's public registration page, which knows nothing of slugs; every one
/// passes through <see cref="CreateAsync(StaffUser)"/>, so the slug is given here, and <c>StaffUser.Slug</c>'s unique
/// index never sees a second empty one.
/// </summary>
public sealed class StaffUserManager(
    IUserStore<StaffUser> store, IOptions<IdentityOptions> options, IPasswordHasher<StaffUser> hasher,
    IEnumerable<IUserValidator<StaffUser>> userValidators, IEnumerable<IPasswordValidator<StaffUser>> passwordValidators,
    ILookupNormalizer normalizer, IdentityErrorDescriber errors, IServiceProvider services, ILogger<UserManager<StaffUser>> logger,
    FandomDbContext db)
    : UserManager<StaffUser>(store, options, hasher, userValidators, passwordValidators, normalizer, errors, services, logger)
{
    /// <summary>
    /// Gives a new account without a slug the first free one made from its display name, else from the part of its
    /// user name before the "@" (a registered reader has no display name yet).
    /// </summary>
    public override async Task<IdentityResult> CreateAsync(StaffUser user)
    {
        if (string.IsNullOrEmpty(user.Slug))
        {
            var name = string.IsNullOrWhiteSpace(user.DisplayName) ? (user.UserName ?? user.Email ?? "").Split('@')[0] : user.DisplayName;
            user.Slug = await Slugs.FirstFreeAsync(Slugs.From(name) is { Length: > 0 } slug ? slug : "staff",
                candidate => db.Users.AnyAsync(u => u.Slug == candidate, CancellationToken));
        }
        return await base.CreateAsync(user);
    }
}
