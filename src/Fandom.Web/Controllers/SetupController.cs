using Fandom.Data.Entities;
using Fandom.Web.Models;
using Fandom.Web.Services.Admin;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Fandom.Web.Controllers;

/// <summary>First run: until the site has had an Admin, whoever opens /setup creates one. Afterwards it is 404 for good.</summary>
public sealed class SetupController(StaffService staff, SignInManager<StaffUser> signIn) : Controller
{
    [HttpGet("/setup")]
    public async Task<IActionResult> Index()
    {
        if (!await staff.SetupIsOpenAsync()) return NotFound();
        return View(new SetupInputModel());
    }

    [HttpPost("/setup")]
    public async Task<IActionResult> Index(SetupInputModel input)
    {
        if (!await staff.SetupIsOpenAsync()) return NotFound();
        if (!ModelState.IsValid) return View(input);

        var created = await staff.CreateFirstAdminAsync(input.Email, input.DisplayName, input.Password);
        if (created.Value is not { } user)
        {
            foreach (var error in created.Detail!.Split('\n')) ModelState.AddModelError("", error);
            return View(input);
        }
        await signIn.SignInAsync(user, isPersistent: false);
        TempData[StatusMessage.Key] = $"Welcome, {user.DisplayName}. Your admin account is ready.";
        return RedirectToAction("Index", "Dashboard", new { area = "Editorial" });
    }
}
