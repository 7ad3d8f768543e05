using Fandom.Web.Authorization;
using Fandom.Web.Services;
using Fandom.Web.Services.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Fandom.Web.Areas.Editorial.Controllers;

/// <summary>Every newsroom page derives from this, so none forgets its area or the staff policy.</summary>
[Area("Editorial"), Authorize(Policy = Policies.Staff)]
public abstract class EditorialController : Controller
{
    protected Actor Actor => Actor.From(User);

    /// <summary>The zone this person types and reads times in: their profile's, else the site's.</summary>
    protected TimeZoneInfo EditorZone => Actor.ZoneOf(User, HttpContext.RequestServices.GetRequiredService<SiteTime>());
}
