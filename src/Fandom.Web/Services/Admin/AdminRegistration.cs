using Fandom.Web.Infrastructure;
using Fandom.Web.Options;
using Microsoft.AspNetCore.Identity.UI.Services;

namespace Fandom.Web.Services.Admin;

public static class AdminRegistration
{
    /// <summary>Administration: staff accounts, the audit log, and the mail that invitations and Identity send.</summary>
    public static IServiceCollection AddFandomAdmin(this IServiceCollection services)
    {
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SmtpEmailSender>();
        services.AddSingleton<MailQueue>();
        services.AddSingleton<IEmailSender>(provider => provider.GetRequiredService<MailQueue>());
        services.AddHostedService<MailDelivery>();
        services.AddScoped<StaffService>();
        services.AddScoped<UserAdminService>();
        services.AddScoped<AccountLinkService>();
        services.AddScoped<AuditQueryService>();
        return services;
    }
}
