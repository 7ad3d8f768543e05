using Fandom.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Fandom.Web.Areas.Editorial.Controllers;

/// <summary>Every newsroom page derives from this, so none forgets its area or the staff policy.</summary>
[Area("Editorial"), Authorize(Policy = Policies.Staff)]
public abstract class EditorialController : Controller;
