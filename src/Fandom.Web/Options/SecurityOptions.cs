using System.ComponentModel.DataAnnotations;

namespace Fandom.Web.Options;

public sealed class SecurityOptions
{
    public const string Section = "Fandom:Security";

    /// <summary>Sign-in attempts allowed per client IP address each minute, on top of Identity's per-account lockout.</summary>
    [Range(1, 100_000)] public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>Forgot-password requests allowed per client IP address each minute (each may send a mail).</summary>
    [Range(1, 100_000)] public int PasswordResetRequestsPerMinute { get; set; } = 5;
}
