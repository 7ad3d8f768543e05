using Fandom.Data.Entities;
using Fandom.Web.Services;

namespace Fandom.Web.Areas.Editorial.Models;

public sealed record ArticleFormViewModel(
    ArticleInputModel Input, EditableArticle? Article, IReadOnlyList<CategoryChoice> Categories,
    bool MaySubmit, bool MayPublish, TimeZoneInfo Zone)
{
    /// <summary>The version someone else saved, when this form's save was refused as stale.</summary>
    public EditableArticle? Conflict { get; init; }

    public bool IsNew => Article is null;
    public string ZoneName => Zone.Id;
}

public sealed record DeskViewModel(IReadOnlyList<DeskItem> Items, bool Everyone)
{
    public IEnumerable<DeskItem> In(ArticleStatus status) => Items.Where(i => i.Status == status);
}
