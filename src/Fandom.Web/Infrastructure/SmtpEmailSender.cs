using System.Net;
using System.Net.Mail;
using Fandom.Web.Options;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.Extensions.Options;

namespace Fandom.Web.Infrastructure;

/// <summary>
/// Sends Identity's and the admin area's mail through <c>Fandom:Smtp</c>; without a configured host it only
/// logs that a message was due (not its links, which are secrets), so a site without mail still works.
/// </summary>
public sealed class SmtpEmailSender(IOptions<SmtpOptions> options, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task SendEmailAsync(string email, string subject, string htmlMessage)
    {
        var smtp = options.Value;
        if (!smtp.Configured)
        {
            logger.LogInformation("No SMTP server configured: not sending \"{Subject}\" to {Email}.", subject, email);
            return;
        }
        using var client = new SmtpClient(smtp.Host, smtp.Port) { EnableSsl = smtp.EnableSsl };
        if (!string.IsNullOrEmpty(smtp.UserName)) client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        using var message = new MailMessage(smtp.From, email, subject, htmlMessage) { IsBodyHtml = true };
        await client.SendMailAsync(message);
    }
}
