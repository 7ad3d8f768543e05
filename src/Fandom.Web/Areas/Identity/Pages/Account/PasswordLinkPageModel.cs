using System.ComponentModel.DataAnnotations;
using Fandom.Data.Entities;
using Fandom.Web.Authorization;
using Fandom.Web.Models;
using Fandom.Web.Services.Admin;
using Fandom.Web.Services.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fandom.Web.Areas.Identity.Pages.Account;

/// <summary>The password a person chooses on a link's page.</summary>
public sealed class ChoosePasswordInputModel
{
    [Required, DataType(DataType.Password), StringLength(100), Display(Name = "Password")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Type the password again."), DataType(DataType.Password), Display(Name = "Confirm password")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
    public string ConfirmPassword { get; set; } = "";
}

/// <summary>
/// A page a one-time account link opens (an invitation, a password reset): it names the account the link is for, so
/// nobody types their e-mail again, takes the new password and signs the person in. A link that no longer works says
/// why and who can send a new one. Opening the page spends nothing, so a mail scanner fetching the link does no harm.
/// </summary>
[AllowAnonymous]
public abstract class PasswordLinkPageModel(AccountLinkService links, SignInManager<StaffUser> signIn, SiteSettingsService site) : PageModel
{
    protected abstract AccountLinkPurpose Purpose { get; }

    /// <summary>The page's heading while the link works.</summary>
    public abstract string Heading { get; }

    /// <summary>The sentence under the heading, naming the account.</summary>
    public abstract string Lead { get; }

    public abstract string Button { get; }

    /// <summary>The page's title: its heading, or what became of the link.</summary>
    public string Title => Link.Status == AccountLinkStatus.Usable ? Heading : AccountLinkWords.Heading(Link);

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public ChoosePasswordInputModel Input { get; set; } = new();

    public AccountLinkState Link { get; private set; } = null!;

    public string SiteName => site.Current.Name;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Link = await links.OpenAsync(Code, Purpose, ct);
        return Answer();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Link = await links.OpenAsync(Code, Purpose, ct);
        if (Link.Status != AccountLinkStatus.Usable || !ModelState.IsValid) return Answer();

        var set = await links.SetPasswordAsync(Code, Purpose, Input.Password, ct);
        if (set.Value is not { } user)
        {
            if (set.Error == AccountLinkError.NotUsable)
            {
                Link = Link with { Status = Enum.Parse<AccountLinkStatus>(set.Detail!) };
                return Answer();
            }
            foreach (var error in set.Detail!.Split('\n')) ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Password)}", error);
            return Answer();
        }

        // Signing in with the new password keeps every rule of a sign-in: a second factor is still asked for, and a
        // locked account stays out.
        var signedIn = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: false);
        var home = await IsStaffAsync(user) ? "/editorial" : "/";
        if (signedIn.RequiresTwoFactor) return RedirectToPage("./LoginWith2fa", new { ReturnUrl = home });
        if (signedIn.IsLockedOut) return RedirectToPage("./Lockout");
        if (!signedIn.Succeeded) return RedirectToPage("./Login");
        TempData[StatusMessage.Key] = Purpose == AccountLinkPurpose.Invitation
            ? $"Welcome to {SiteName}, {user.DisplayName}. You are signed in."
            : "Your new password is set. You are signed in.";
        return LocalRedirect(home);
    }

    private async Task<bool> IsStaffAsync(StaffUser user) =>
        (await signIn.UserManager.GetRolesAsync(user)).Any(Roles.All.Contains);

    /// <summary>The page, with a status code that tells a link that no longer works from one that never did.</summary>
    private PageResult Answer()
    {
        Response.Headers.CacheControl = "no-store";
        Response.StatusCode = Link.Status switch
        {
            AccountLinkStatus.Usable => StatusCodes.Status200OK,
            AccountLinkStatus.Unknown => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status410Gone,
        };
        return Page();
    }
}

/// <summary>The words for a link that no longer works: what happened, and who can send a new one.</summary>
public static class AccountLinkWords
{
    public static string Heading(AccountLinkState link) => link.Status switch
    {
        AccountLinkStatus.Replaced => "This link was replaced by a newer one",
        AccountLinkStatus.Used => link.Purpose == AccountLinkPurpose.Invitation ? "This invitation was already accepted" : "This link was already used",
        AccountLinkStatus.Expired => "This link has expired",
        _ => "This link does not work",
    };

    public static string Explanation(AccountLinkState link, string expiredOn) => link.Status switch
    {
        AccountLinkStatus.Replaced => "A newer link was sent after this one, and only the newest works. Use the link in the most recent e-mail.",
        AccountLinkStatus.Used => "A password was already chosen with it. Sign in with that password.",
        AccountLinkStatus.Expired => $"It worked until {expiredOn}.",
        _ => "It may have been cut short when it was copied. Check that you have the whole link.",
    };

    public static string WhoSendsANewOne(AccountLinkState link, string siteName) => link.Purpose == AccountLinkPurpose.Invitation
        ? $"Ask an Admin of {siteName} to send a new invitation."
        : $"Ask for a new link below, or ask an Admin of {siteName} to send one.";
}
