using Fandom.Web.Areas.Editorial.Models;
using Fandom.Web.Services.Media;
using Microsoft.AspNetCore.Mvc;

namespace Fandom.Web.Areas.Editorial.ViewComponents;

/// <summary>The article editor's hero image field: a choice from the library, with caption and alt text overrides.</summary>
public sealed class HeroImagePickerViewComponent(MediaService media) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(ArticleInputModel input) =>
        View(new HeroImagePickerViewModel(input.HeroMediaId, input.HeroCaption, input.HeroAltText, await media.ChoicesAsync()));
}
