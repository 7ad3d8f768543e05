using Fandom.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Fandom.Web.Areas.Admin.Controllers;

/// <summary>Every admin page derives from this, so none forgets its area or the Admin policy.</summary>
[Area("Admin"), Authorize(Policy = Policies.Admin)]
public abstract class AdminController : Controller;
