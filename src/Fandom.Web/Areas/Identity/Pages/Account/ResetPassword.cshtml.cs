using Fandom.Data.Entities;
using Fandom.Web.Services.Admin;
using Fandom.Web.Services.Site;
using Microsoft.AspNetCore.Identity;

namespace Fandom.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Identity UI's reset page, on the site's own links: the link names the account, so the person only chooses the new
/// password, and is signed in with it.
/// </summary>
public sealed class ResetPasswordModel(AccountLinkService links, SignInManager<StaffUser> signIn, SiteSettingsService site)
    : PasswordLinkPageModel(links, signIn, site)
{
    protected override AccountLinkPurpose Purpose => AccountLinkPurpose.PasswordReset;
    public override string Heading => "Choose a new password";
    public override string Lead => $"Choose a new password for your {SiteName} account.";
    public override string Button => "Set password";
}
