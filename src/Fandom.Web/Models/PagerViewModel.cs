using Fandom.Web.Services;
using Fandom.Web.Services.Site;

namespace Fandom.Web.Models;

/// <summary>
/// Links between the pages of a list at <paramref name="BasePath"/>; page 1 has no page parameter.
/// <paramref name="PageCount"/> is known only for counted lists; reader lists link onwards while a page follows.
/// </summary>
public sealed record PagerViewModel(string BasePath, int Number, bool HasNext, int? PageCount = null)
{
    public static PagerViewModel For<T>(string basePath, Page<T> page) => new(basePath, page.Number, page.HasNext, page.PageCount);

    public string Href(int page) => ReaderUrls.Page(BasePath, page);
    public bool HasPrevious => Number > 1;

    /// <summary>Whether there is anything to page through.</summary>
    public bool IsShown => HasPrevious || HasNext;

    public string Status => PageCount is { } count ? $"Page {Number} of {count}" : $"Page {Number}";
}
