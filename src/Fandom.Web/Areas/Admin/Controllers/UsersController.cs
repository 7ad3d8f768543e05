using Fandom.Data.Entities;
using Fandom.Web.Areas.Admin.Models;
using Fandom.Web.Models;
using Fandom.Web.Services;
using Fandom.Web.Services.Admin;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.AspNetCore.Mvc;
using System.Text.Encodings.Web;

namespace Fandom.Web.Areas.Admin.Controllers;

public sealed class UsersController(UserAdminService admin, StaffService staff, IEmailSender mail) : AdminController
{
    [HttpGet("/admin")]
    public IActionResult Home() => RedirectToAction(nameof(Index));

    [HttpGet("/admin/users")]
    public async Task<IActionResult> Index(string? q, string? role, int page = 1, CancellationToken ct = default) =>
        View(new UserListViewModel(await admin.ListAsync(q, role, page, ct), q, role, Actor.From(User).UserId));

    [HttpGet("/admin/users/new")]
    public IActionResult Create() => View(new CreateUserInputModel());

    [HttpPost("/admin/users/new")]
    public async Task<IActionResult> Create([FromServices] AccountLinkService links, CreateUserInputModel input)
    {
        if (!Roles.All.Contains(input.Role)) ModelState.AddModelError(nameof(input.Role), "Choose Author, Editor or Admin.");
        if (!ModelState.IsValid) return View(input);
        var created = await staff.CreateAsync(input.Email, input.DisplayName, null, input.Role, Actor.From(User));
        if (created.Value is not { } user)
        {
            foreach (var error in created.Detail!.Split('\n')) ModelState.AddModelError(nameof(input.Email), error);
            return View(input);
        }
        return await InvitationAsync(links, user.Id, AccountLinkPurpose.Invitation, "Account created", "You're invited to the newsroom",
            "An account was created for you. Accept the invitation and choose your password here");
    }

    [HttpGet("/admin/users/{id}")]
    public async Task<IActionResult> Details(string id, CancellationToken ct)
    {
        var user = await admin.FindAsync(id, ct);
        if (user is null) return NotFound();
        return View(new UserDetailViewModel(user, await admin.SuccessorChoicesAsync(id, ct), id == Actor.From(User).UserId));
    }

    [HttpPost("/admin/users/{id}/invitation")]
    public Task<IActionResult> Invitation([FromServices] AccountLinkService links, string id) =>
        InvitationAsync(links, id, AccountLinkPurpose.Invitation, "New invitation link", "Your newsroom invitation",
            "Accept the invitation and choose your password here");

    [HttpPost("/admin/users/{id}/role")]
    public async Task<IActionResult> Role(string id, string role) =>
        Done(id, await admin.ChangeRoleAsync(id, role, Actor.From(User)), $"Role changed to {role}.",
            own: "You cannot change your own role; ask another admin.", lastAdmin: "The last admin cannot be demoted.");

    [HttpPost("/admin/users/{id}/lock")]
    public async Task<IActionResult> Lock(string id) => Done(id, await admin.LockAsync(id, Actor.From(User)), "Account locked.",
        own: "You cannot lock your own account.", lastAdmin: "The last admin cannot be locked.");

    [HttpPost("/admin/users/{id}/unlock")]
    public async Task<IActionResult> Unlock(string id) => Done(id, await admin.UnlockAsync(id, Actor.From(User)), "Account unlocked.");

    [HttpPost("/admin/users/{id}/reset-password")]
    public async Task<IActionResult> ResetPassword([FromServices] AccountLinkService links, string id)
    {
        var change = await admin.ForcePasswordResetAsync(id, Actor.From(User));
        if (!change.Succeeded) return Done(id, change, "", own: "Change your own password in your account settings.");
        return await InvitationAsync(links, id, AccountLinkPurpose.PasswordReset, "Password reset", "Your newsroom password was reset",
            "Choose a new password here");
    }

    [HttpPost("/admin/users/{id}/delete")]
    public async Task<IActionResult> Delete(string id, DeleteUserInputModel input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            TempData[StatusMessage.Key] = "Choose who takes over the articles.";
            return RedirectToAction(nameof(Details), new { id });
        }
        var change = await admin.DeleteAsync(id, input.SuccessorId, Actor.From(User), ct);
        if (!change.Succeeded)
            return Done(id, change, "", own: "You cannot delete your own account.", lastAdmin: "The last admin cannot be deleted.");
        TempData[StatusMessage.Key] = "User deleted; their articles were reassigned.";
        return RedirectToAction(nameof(Index));
    }

    /// <summary>Leaves the message for the change, or for why it was refused (<paramref name="own"/> and
    /// <paramref name="lastAdmin"/> say it for this change), and goes back to the user.</summary>
    private IActionResult Done(string id, Outcome<UserError> change, string message, string own = "", string lastAdmin = "")
    {
        TempData[StatusMessage.Key] = change.Error switch
        {
            null => message,
            UserError.NotFound => "No such user.",
            UserError.UnknownRole => "Choose Author, Editor or Admin.",
            UserError.OwnAccount => own,
            UserError.LastAdmin => lastAdmin,
            UserError.SuccessorIsUser => "Choose someone else to take over the articles.",
            UserError.NoSuccessor => "Choose a staff member to take over the articles.",
            _ => change.Detail,
        };
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>
    /// Makes the person's one-time link (which replaces any older one), shows it to the admin, and mails it too when
    /// the site can send mail.
    /// </summary>
    private async Task<IActionResult> InvitationAsync(AccountLinkService links, string id, AccountLinkPurpose purpose, string heading, string subject, string lead)
    {
        var user = await admin.FindAsync(id);
        if (user is null) return NotFound();
        var code = await links.IssueAsync(id, purpose);
        var page = purpose == AccountLinkPurpose.Invitation ? "/Account/AcceptInvitation" : "/Account/ResetPassword";
        var link = Url.PageLink(page, values: new { area = "Identity", code })!;
        await mail.SendEmailAsync(user.Email, subject, $"<p>{lead}: <a href=\"{HtmlEncoder.Default.Encode(link)}\">set your password</a>.</p>");
        return View("Invitation", new InvitationViewModel(user.Id, user.DisplayName, user.Email, link, heading, AccountLinkService.LifetimeOf(purpose)));
    }
}
