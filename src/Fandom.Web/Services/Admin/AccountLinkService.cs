using Fandom.Data;
using Fandom.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Admin;

/// <summary>Whether a link can still be used, and if not, why.</summary>
public enum AccountLinkStatus
{
    Usable,
    /// <summary>No such link (mistyped, cut short, or its account was deleted).</summary>
    Unknown,
    /// <summary>A newer link for the same person was made after it.</summary>
    Replaced,
    /// <summary>A password was already chosen with it.</summary>
    Used,
    Expired,
}

/// <summary>What a link's page shows: whose account it opens, or why it no longer does.</summary>
/// <param name="Purpose">The link's purpose; for an unknown link, the purpose of the page it was opened on.</param>
public sealed record AccountLinkState(AccountLinkStatus Status, AccountLinkPurpose Purpose, string? Email = null,
    string? DisplayName = null, DateTime? ExpiresAtUtc = null);

/// <summary>Why choosing a password with a link was refused.</summary>
public enum AccountLinkError
{
    /// <summary>The link is not usable; the detail is its <see cref="AccountLinkStatus"/>.</summary>
    NotUsable,
    /// <summary>Identity refused the password; the detail is its own descriptions, one per line.</summary>
    Refused,
}

/// <summary>
/// One-time links with which a person chooses a password: invitations and resets alike. Each person has at most one
/// working link: making one replaces the older ones (of either purpose), so a link mailed earlier, or copied by an
/// admin before a re-send, stops working and its page says so.
/// </summary>
public sealed class AccountLinkService(FandomDbContext db, UserManager<StaffUser> users, TimeProvider time)
{
    /// <summary>An invitation waits a week for the person to open their mail; a reset is asked for by someone at their desk.</summary>
    public static TimeSpan LifetimeOf(AccountLinkPurpose purpose) =>
        purpose == AccountLinkPurpose.Invitation ? TimeSpan.FromDays(7) : TimeSpan.FromDays(1);

    /// <summary>Makes a link for the person, replacing every older link of theirs, and returns its token (never stored).</summary>
    public async Task<string> IssueAsync(string userId, AccountLinkPurpose purpose, CancellationToken ct = default)
    {
        var now = time.UtcNow();
        await db.AccountLinks.Where(l => l.UserId == userId && l.UsedAtUtc == null && l.ReplacedAtUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.ReplacedAtUtc, now), ct);
        var token = SecretTokens.New();
        db.AccountLinks.Add(new AccountLink
        {
            UserId = userId, Purpose = purpose, TokenHash = SecretTokens.Hash(token),
            CreatedAtUtc = now, ExpiresAtUtc = now + LifetimeOf(purpose),
        });
        await db.SaveChangesAsync(ct);
        return token;
    }

    /// <summary>What the link opened on a page for <paramref name="purpose"/> leads to. A link of the other purpose is unknown here.</summary>
    public async Task<AccountLinkState> OpenAsync(string? token, AccountLinkPurpose purpose, CancellationToken ct = default)
    {
        var link = await FindAsync(token, purpose, ct);
        if (link is null) return new AccountLinkState(AccountLinkStatus.Unknown, purpose);
        return new AccountLinkState(StatusOf(link.Link), purpose, link.Email, link.DisplayName, link.Link.ExpiresAtUtc);
    }

    /// <summary>
    /// Sets the password the person chose and spends the link. The link is claimed first, in the same transaction, so
    /// two submissions of one link cannot both set a password; a refused password leaves the link as it was.
    /// </summary>
    public async Task<Outcome<StaffUser, AccountLinkError>> SetPasswordAsync(string? token, AccountLinkPurpose purpose, string password, CancellationToken ct = default)
    {
        var found = await FindAsync(token, purpose, ct);
        if (found is null) return new(null, AccountLinkError.NotUsable, nameof(AccountLinkStatus.Unknown));
        if (StatusOf(found.Link) is not AccountLinkStatus.Usable and var status) return new(null, AccountLinkError.NotUsable, status.ToString());

        var now = time.UtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var claimed = await db.AccountLinks
            .Where(l => l.Id == found.Link.Id && l.UsedAtUtc == null && l.ReplacedAtUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.UsedAtUtc, now), ct);
        if (claimed == 0) return new(null, AccountLinkError.NotUsable, nameof(AccountLinkStatus.Used));

        var user = await users.FindByIdAsync(found.Link.UserId);
        if (user is null) return new(null, AccountLinkError.NotUsable, nameof(AccountLinkStatus.Unknown));
        // Identity's own reset sets the hash only after every password validator agreed, and renews the security
        // stamp, which ends the person's other sessions.
        var reset = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password);
        if (!reset.Succeeded)
            return new(null, AccountLinkError.Refused, string.Join('\n', reset.Errors.Select(e => e.Description)));

        var action = purpose == AccountLinkPurpose.Invitation ? "user.invitation-accept" : "user.password-reset-complete";
        db.Audit(now, new Actor(user.Id, user.DisplayName), action, "User", user.Id, user.Email);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Outcome<StaffUser, AccountLinkError>.Done(user);
    }

    private AccountLinkStatus StatusOf(AccountLink link) =>
        link.UsedAtUtc is not null ? AccountLinkStatus.Used
        : link.ReplacedAtUtc is not null ? AccountLinkStatus.Replaced
        : link.ExpiresAtUtc <= time.UtcNow() ? AccountLinkStatus.Expired
        : AccountLinkStatus.Usable;

    private sealed record FoundLink(AccountLink Link, string? Email, string DisplayName);

    private async Task<FoundLink?> FindAsync(string? token, AccountLinkPurpose purpose, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100) return null;
        var hash = SecretTokens.Hash(token.Trim());
        return await db.AccountLinks.AsNoTracking()
            .Where(l => l.TokenHash == hash && l.Purpose == purpose)
            .Select(l => new FoundLink(l, l.User!.Email, l.User.DisplayName))
            .FirstOrDefaultAsync(ct);
    }
}
