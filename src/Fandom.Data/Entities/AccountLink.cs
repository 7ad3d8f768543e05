namespace Fandom.Data.Entities;

/// <summary>What a one-time account link lets its holder do; both end with the person choosing a password.</summary>
public enum AccountLinkPurpose
{
    /// <summary>An admin created the account (or re-sent the invitation); the person has never signed in.</summary>
    Invitation,
    /// <summary>The person asked for a reset, or an admin forced one.</summary>
    PasswordReset,
}

/// <summary>
/// A one-time link with which a person chooses a password. Only the token's hash is stored. A newer link for the same
/// person replaces every older one, so only the latest link mailed or handed out works.
/// </summary>
public class AccountLink
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public StaffUser? User { get; set; }
    public AccountLinkPurpose Purpose { get; set; }
    public required string TokenHash { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime ExpiresAtUtc { get; set; }

    /// <summary>When the password was chosen with it.</summary>
    public DateTime? UsedAtUtc { get; set; }

    /// <summary>When a newer link for the same person made this one stop working.</summary>
    public DateTime? ReplacedAtUtc { get; set; }
}
