using Fandom.Data.Entities;
using Fandom.Web.Services.Admin;
using Fandom.Web.Services.Site;
using Microsoft.AspNetCore.Identity;

namespace Fandom.Web.Areas.Identity.Pages.Account;

/// <summary>Where an invitation link lands: the invitee chooses their first password and is signed in to the newsroom.</summary>
public sealed class AcceptInvitationModel(AccountLinkService links, SignInManager<StaffUser> signIn, SiteSettingsService site)
    : PasswordLinkPageModel(links, signIn, site)
{
    protected override AccountLinkPurpose Purpose => AccountLinkPurpose.Invitation;
    public override string Heading => "Accept invitation";
    public override string Lead => $"Welcome to {SiteName}, {Link.DisplayName}. Choose a password for your account to join the newsroom.";
    public override string Button => "Accept invitation";
}
