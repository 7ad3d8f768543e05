namespace Fandom.Web.Models;

/// <summary>Links between the pages of a list at <paramref name="BasePath"/>; page 1 has no page parameter.</summary>
public sealed record PagerViewModel(string BasePath, int Number, int PageCount)
{
    public string Href(int page) => page <= 1 ? BasePath : $"{BasePath}{(BasePath.Contains('?') ? '&' : '?')}page={page}";
    public bool HasPrevious => Number > 1;
    public bool HasNext => Number < PageCount;
}
