using Fandom.Data;
using Fandom.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Admin;

/// <summary>Why an account was not created.</summary>
public enum StaffError
{
    /// <summary>Identity refused the account (a taken email, a weak password); the detail is its own descriptions, one per line.</summary>
    Refused,
}

/// <summary>Creates staff accounts with the profile every author page needs (the slug comes from <see cref="Fandom.Web.Authorization.StaffUserManager"/>).</summary>
public sealed class StaffService(UserManager<StaffUser> users, FandomDbContext db, TimeProvider time)
{
    /// <summary>
    /// Whether the site has an administrator. First-run setup stays open until it does; demo bylines
    /// (accounts without a password) do not count, and the last Admin can never be removed.
    /// </summary>
    public Task<bool> HasAdminAsync(CancellationToken ct = default) =>
        db.UserRoles.AnyAsync(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Admin), ct);

    /// <summary>
    /// Creates an account in <paramref name="role"/>; with no password the person cannot sign in until
    /// one is set for them. Identity's errors come back as they are, for the form to show.
    /// </summary>
    public async Task<Outcome<StaffUser, StaffError>> CreateAsync(
        string email, string displayName, string? password, string role, Actor? actor)
    {
        var user = new StaffUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            EmailConfirmed = true,
            DisplayName = displayName.Trim(),
            CreatedAtUtc = time.UtcNow(),
        };
        var created = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        if (!created.Succeeded) return Refused(created);

        var added = await users.AddToRoleAsync(user, role);
        if (!added.Succeeded) return Refused(added);

        db.Audit(time.UtcNow(), actor ?? new Actor(user.Id, user.DisplayName), "user.create", "User", user.Id, $"{user.Email} as {role}");
        await db.SaveChangesAsync();
        return Outcome<StaffUser, StaffError>.Done(user);
    }

    /// <summary>Identity's descriptions as they are, one per line, so a form can show each on its own.</summary>
    private static Outcome<StaffUser, StaffError> Refused(IdentityResult result) =>
        new(null, StaffError.Refused, string.Join('\n', result.Errors.Select(e => e.Description)));
}
