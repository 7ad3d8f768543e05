using Fandom.Web.Options;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Fandom.Web.Infrastructure;

/// <summary>
/// Delivers one message through <c>Fandom:Smtp</c> with MailKit; without a configured host it only logs that a
/// message was due (not its links, which are secrets), so a site without mail still works. Called by
/// <see cref="MailQueue"/>'s sender, never on a request.
/// </summary>
public sealed class SmtpEmailSender(IOptions<SmtpOptions> options, ILogger<SmtpEmailSender> logger)
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken ct)
    {
        var smtp = options.Value;
        if (smtp.Host is not { Length: > 0 } host || !smtp.Configured)
        {
            logger.LogInformation("No SMTP server configured: not sending \"{Subject}\" to {Email}.", mail.Subject, mail.To);
            return;
        }
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.Body = new BodyBuilder { HtmlBody = mail.HtmlBody }.ToMessageBody();

        using var client = new SmtpClient();
        // EnableSsl is TLS required: on connect for port 465 (SMTPS), else STARTTLS, never a silent fall-back to plain text.
        var security = !smtp.EnableSsl ? SecureSocketOptions.None
            : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
        await client.ConnectAsync(host, smtp.Port, security, ct);
        if (!string.IsNullOrEmpty(smtp.UserName)) await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
