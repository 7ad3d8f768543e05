using System.ComponentModel.DataAnnotations;

namespace Fandom.Web.Options;

/// <summary>Outgoing mail for invitations and password resets; without a host, mail is only logged.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Fandom:Smtp";

    /// <summary>SMTP server name; empty turns sending off (the admin copies invitation links instead).</summary>
    public string? Host { get; set; }

    /// <summary>SMTP port, 587 for submission with STARTTLS.</summary>
    [Range(1, 65535)] public int Port { get; set; } = 587;

    /// <summary>Use TLS to the server.</summary>
    public bool EnableSsl { get; set; } = true;

    /// <summary>Account to authenticate as; empty sends without authentication.</summary>
    public string? UserName { get; set; }

    /// <summary>Password of <see cref="UserName"/>.</summary>
    public string? Password { get; set; }

    /// <summary>The From address of every message.</summary>
    [EmailAddress] public string From { get; set; } = "newsroom@localhost";

    public bool Configured => !string.IsNullOrWhiteSpace(Host);
}
