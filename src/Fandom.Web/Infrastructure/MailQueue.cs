using System.Threading.Channels;
using Microsoft.AspNetCore.Identity.UI.Services;

namespace Fandom.Web.Infrastructure;

/// <summary>One message to send: recipient, subject and HTML body.</summary>
public sealed record OutgoingMail(string To, string Subject, string HtmlBody);

/// <summary>
/// Identity's and the admin area's mail, sent off the request path: the request only queues the message, and
/// <see cref="MailDelivery"/> talks to the SMTP server. So a forgot-password answer takes the same time whether or
/// not a mail is due (an account exists), and a slow mail server never holds up a page.
/// </summary>
public sealed class MailQueue(ILogger<MailQueue> logger) : IEmailSender
{
    /// <summary>Bounded, so that a flood of requests cannot grow memory without end; the rate limits keep it far from full.</summary>
    private readonly Channel<OutgoingMail> queue = Channel.CreateBounded<OutgoingMail>(new BoundedChannelOptions(1000)
        { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    public ChannelReader<OutgoingMail> Reader => queue.Reader;

    public Task SendEmailAsync(string email, string subject, string htmlMessage)
    {
        if (!queue.Writer.TryWrite(new OutgoingMail(email, subject, htmlMessage)))
            logger.LogError("The mail queue is full: \"{Subject}\" to {Email} is not sent.", subject, email);
        return Task.CompletedTask;
    }
}

/// <summary>Sends what <see cref="MailQueue"/> holds, one message at a time, for as long as the app runs.</summary>
public sealed class MailDelivery(MailQueue queue, SmtpEmailSender smtp, ILogger<MailDelivery> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var mail in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await smtp.SendAsync(mail, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One unreachable server or refused address must not stop the mail after it.
                logger.LogError(e, "Could not send \"{Subject}\" to {Email}.", mail.Subject, mail.To);
            }
        }
    }
}
