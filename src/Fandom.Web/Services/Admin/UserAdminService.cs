using Fandom.Data;
using Fandom.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Admin;

public sealed record UserRow(string Id, string DisplayName, string Email, string? Role, bool Locked, bool HasPassword, int ArticleCount);

public sealed record UserDetail(string Id, string DisplayName, string Email, string? Role, bool Locked, bool HasPassword, int ArticleCount, DateTime CreatedAtUtc);

public sealed record StaffChoice(string Id, string DisplayName);

/// <summary>Why a guarded account change was refused.</summary>
public enum UserError
{
    NotFound,
    UnknownRole,
    /// <summary>An admin may not do this to their own account.</summary>
    OwnAccount,
    /// <summary>The site would be left with no admin.</summary>
    LastAdmin,
    /// <summary>A deleted user's articles must go to someone else.</summary>
    SuccessorIsUser,
    /// <summary>The articles' new author is not a staff member.</summary>
    NoSuccessor,
    /// <summary>Identity refused; the detail is its own description.</summary>
    Refused,
}

/// <summary>
/// Admin commands on staff accounts. Every change of role, lock or password refreshes the security stamp,
/// so the person's open sessions lose their old rights on their next request, and is audited.
/// </summary>
public sealed class UserAdminService(UserManager<StaffUser> users, FandomDbContext db, TimeProvider time)
{
    public const string NoRole = "none";
    private DateTime Now => time.UtcNow();

    public async Task<Page<UserRow>> ListAsync(string? search, string? role, int page, CancellationToken ct = default)
    {
        var query = db.Users.Matching(search, term => u => u.Email!.ToLower().Contains(term) || u.DisplayName.ToLower().Contains(term));
        if (role == NoRole)
            query = query.Where(u => !db.UserRoles.Any(ur => ur.UserId == u.Id));
        else if (!string.IsNullOrEmpty(role))
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));

        var rows = await query.OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Select(u => new
            {
                u.Id, u.DisplayName, u.Email, u.LockoutEnd, HasPassword = u.PasswordHash != null, Articles = u.Articles.Count,
                Role = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).FirstOrDefault(),
            })
            .ToPageAsync(page, 50, ct);
        // LockoutEnd is a DateTimeOffset, which SQLite cannot compare in a query: decide "locked" here.
        var now = time.GetUtcNow();
        return new Page<UserRow>(
            rows.Items.Select(u => new UserRow(u.Id, u.DisplayName, u.Email ?? "", u.Role, u.LockoutEnd > now, u.HasPassword, u.Articles)).ToList(),
            rows.Number, rows.Size, rows.TotalCount);
    }

    public async Task<UserDetail?> FindAsync(string id, CancellationToken ct = default)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.LockoutEnd, HasPassword = u.PasswordHash != null, Articles = u.Articles.Count, u.CreatedAtUtc })
            .FirstOrDefaultAsync(ct);
        if (user is null) return null;
        return new UserDetail(user.Id, user.DisplayName, user.Email ?? "", await RoleOfAsync(user.Id, ct),
            user.LockoutEnd > time.GetUtcNow(), user.HasPassword, user.Articles, user.CreatedAtUtc);
    }

    /// <summary>Staff who can take over a deleted person's articles: everyone with a role but them.</summary>
    public Task<List<StaffChoice>> SuccessorChoicesAsync(string exceptId, CancellationToken ct = default) =>
        db.Users.Where(u => u.Id != exceptId && db.UserRoles.Any(ur => ur.UserId == u.Id))
            .OrderBy(u => u.DisplayName).Select(u => new StaffChoice(u.Id, u.DisplayName)).ToListAsync(ct);

    public async Task<Outcome<UserError>> ChangeRoleAsync(string id, string role, Actor actor)
    {
        if (!Roles.All.Contains(role)) return UserError.UnknownRole;
        var user = await users.FindByIdAsync(id);
        if (user is null) return UserError.NotFound;
        var current = await RoleOfAsync(id);
        if (current == role) return Outcome<UserError>.Done;
        if (current == Roles.Admin)
        {
            if (id == actor.UserId) return UserError.OwnAccount;
            if (await IsLastAdminAsync(user)) return UserError.LastAdmin;
        }
        await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        await users.AddToRoleAsync(user, role);
        await users.UpdateSecurityStampAsync(user);
        db.Audit(Now, actor, "user.role-change", "User", id, $"{user.Email}: {current ?? "no role"} → {role}");
        await db.SaveChangesAsync();
        return Outcome<UserError>.Done;
    }

    public Task<Outcome<UserError>> LockAsync(string id, Actor actor) =>
        ChangeAccountAsync(id, actor, "user.lock", async user =>
        {
            if (id == actor.UserId) return UserError.OwnAccount;
            if (await IsLastAdminAsync(user)) return UserError.LastAdmin;
            await users.SetLockoutEnabledAsync(user, true);
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
            return null;
        });

    public Task<Outcome<UserError>> UnlockAsync(string id, Actor actor) =>
        ChangeAccountAsync(id, actor, "user.unlock", async user =>
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            return null;
        });

    /// <summary>Removes the password (which also ends every session); the person sets a new one through a reset link.</summary>
    public Task<Outcome<UserError>> ForcePasswordResetAsync(string id, Actor actor) =>
        ChangeAccountAsync(id, actor, "user.password-reset", async user =>
        {
            if (id == actor.UserId) return UserError.OwnAccount;
            if (await users.HasPasswordAsync(user)) await users.RemovePasswordAsync(user);
            return null;
        });

    /// <summary>
    /// Applies <paramref name="change"/> to an account (it answers why not, or null once done), then ends the
    /// account's sessions with a new security stamp and records <paramref name="action"/> in the audit log.
    /// </summary>
    private async Task<Outcome<UserError>> ChangeAccountAsync(string id, Actor actor, string action, Func<StaffUser, Task<UserError?>> change)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return UserError.NotFound;
        if (await change(user) is { } refused) return refused;
        await users.UpdateSecurityStampAsync(user);
        db.Audit(Now, actor, action, "User", id, user.Email);
        await db.SaveChangesAsync();
        return Outcome<UserError>.Done;
    }

    /// <summary>
    /// Deletes an account after handing every article it authored to <paramref name="successorId"/>. Revisions keep
    /// their text with no author; audit events keep the name the person had.
    /// </summary>
    public async Task<Outcome<UserError>> DeleteAsync(string id, string successorId, Actor actor, CancellationToken ct = default)
    {
        if (id == actor.UserId) return UserError.OwnAccount;
        if (id == successorId) return UserError.SuccessorIsUser;
        var user = await db.Users.Include(u => u.Articles).ThenInclude(a => a.Authors).FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null) return UserError.NotFound;
        if (await IsLastAdminAsync(user)) return UserError.LastAdmin;
        var successor = await db.Users.FirstOrDefaultAsync(u => u.Id == successorId && db.UserRoles.Any(ur => ur.UserId == u.Id), ct);
        if (successor is null) return UserError.NoSuccessor;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var moved = user.Articles.Count;
        foreach (var article in user.Articles.ToList())
        {
            article.Authors.Remove(user);
            if (!article.Authors.Contains(successor)) article.Authors.Add(successor);
        }
        db.Audit(Now, actor, "user.delete", "User", id, $"{user.Email} ({user.DisplayName}); {moved} article(s) to {successor.DisplayName}");
        await db.SaveChangesAsync(ct);
        var deleted = await users.DeleteAsync(user);
        if (!deleted.Succeeded) return new(UserError.Refused, string.Join(" ", deleted.Errors.Select(e => e.Description)));
        await transaction.CommitAsync(ct);
        return Outcome<UserError>.Done;
    }

    private async Task<string?> RoleOfAsync(string id, CancellationToken ct = default) =>
        await db.UserRoles.Where(ur => ur.UserId == id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).FirstOrDefaultAsync(ct);

    private async Task<bool> IsLastAdminAsync(StaffUser user) =>
        await users.IsInRoleAsync(user, Roles.Admin) && (await users.GetUsersInRoleAsync(Roles.Admin)).Count == 1;
}
