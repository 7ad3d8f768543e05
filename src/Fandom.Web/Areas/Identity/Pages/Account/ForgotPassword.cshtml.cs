using System.ComponentModel.DataAnnotations;
using System.Text.Encodings.Web;
using Fandom.Data.Entities;
using Fandom.Web.Services.Admin;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fandom.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Identity UI's "forgot password" page, issuing the site's own reset links (<see cref="AccountLinkService"/>), so a
/// new request replaces the links sent before it. The answer is the same whether or not the address has an account.
/// </summary>
[AllowAnonymous]
public sealed class ForgotPasswordModel(UserManager<StaffUser> users, AccountLinkService links, IEmailSender mail) : PageModel
{
    public sealed class InputModel
    {
        [Required, EmailAddress, StringLength(256), Display(Name = "Email")]
        public string Email { get; set; } = "";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        if (await users.FindByEmailAsync(Input.Email.Trim()) is { Email: { } email } user)
        {
            var code = await links.IssueAsync(user.Id, AccountLinkPurpose.PasswordReset, ct);
            var link = Url.Page("/Account/ResetPassword", pageHandler: null, values: new { area = "Identity", code }, protocol: Request.Scheme)!;
            await mail.SendEmailAsync(email, "Reset your password",
                $"<p>Someone (we hope you) asked to reset your password. <a href=\"{HtmlEncoder.Default.Encode(link)}\">Choose a new password</a>. " +
                "The link works once, for a day. If you did not ask, ignore this e-mail: your password stays as it is.</p>");
        }
        return RedirectToPage("./ForgotPasswordConfirmation");
    }
}
