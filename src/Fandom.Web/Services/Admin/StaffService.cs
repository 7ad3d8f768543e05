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
    /// Whether first-run setup is still open: only until the site has had an Admin. The mark is kept in the settings
    /// row, so no later state (every Admin deleted, demoted or locked, by any route) opens it again. The demo
    /// newsroom's bylines (staff without a password, none of them Admin) leave it open for the newcomer.
    /// </summary>
    public async Task<bool> SetupIsOpenAsync(CancellationToken ct = default) =>
        !await SetupMarkedAsync(ct) && !await HasAdminAsync(ct);

    /// <summary>First-run setup: the first Admin and the mark that closes setup, saved together.</summary>
    public async Task<Outcome<StaffUser, StaffError>> CreateFirstAdminAsync(string email, string displayName, string password)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = await CreateAsync(email, displayName, password, Roles.Admin, actor: null);
        if (!created.Succeeded) return created;
        await MarkSetupCompletedAsync();
        await transaction.CommitAsync();
        return created;
    }

    /// <summary>
    /// Closes setup for a site that had an Admin before the mark existed; start-up calls it, so an older database
    /// is as closed as a new one.
    /// </summary>
    public async Task CloseSetupIfAdminExistsAsync()
    {
        if (await SetupMarkedAsync() || !await HasAdminAsync()) return;
        await MarkSetupCompletedAsync();
    }

    private async Task MarkSetupCompletedAsync()
    {
        var row = await db.SiteSettings.OrderBy(s => s.Id).FirstOrDefaultAsync();
        if (row is null) db.SiteSettings.Add(row = new SiteSettings { UpdatedAtUtc = time.UtcNow() });
        row.SetupCompletedAtUtc = time.UtcNow();
        await db.SaveChangesAsync();
    }

    private Task<bool> SetupMarkedAsync(CancellationToken ct = default) =>
        db.SiteSettings.AnyAsync(s => s.SetupCompletedAtUtc != null, ct);

    private Task<bool> HasAdminAsync(CancellationToken ct = default) =>
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
