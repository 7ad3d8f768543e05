using Fandom.Web.Services.Site;
using Microsoft.AspNetCore.Mvc;

namespace Fandom.Web.ViewComponents;

/// <summary>The section links in the masthead of every page.</summary>
public sealed class CategoryNavViewComponent(SectionNavigation sections) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() => View(await sections.SectionsAsync(HttpContext.RequestAborted));
}
