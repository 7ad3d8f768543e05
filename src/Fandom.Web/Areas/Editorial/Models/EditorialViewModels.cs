using Fandom.Data.Entities;
using Fandom.Web.Services.Articles;
using Fandom.Web.Services.Editorial;
using Fandom.Web.Services.Site;

namespace Fandom.Web.Areas.Editorial.Models;

/// <summary>
/// What the current user may do to the article in the editor, taken from the request's <see cref="Fandom.Web.Authorization.ArticleRights"/>;
/// buttons follow, <see cref="Fandom.Web.Authorization.ArticleAccessAttribute"/> on each action still decides.
/// </summary>
public sealed record EditorRights(bool Submit, bool Publish, bool Delete);

public sealed record ArticleFormViewModel(
    ArticleInputModel Input, EditableArticle? Article, IReadOnlyList<CategoryChoice> Categories,
    EditorRights Rights, TimeZoneInfo Zone)
{
    /// <summary>The version someone else saved, when this form's save was refused as stale.</summary>
    public EditableArticle? Conflict { get; init; }

    /// <summary>The current body (left) against the refused one (right), when there is a conflict.</summary>
    public FieldDiff? ConflictDiff { get; init; }

    /// <summary>When the form was filled from this user's autosave instead of the saved article.</summary>
    public DateTime? RestoredAutosaveUtc { get; init; }

    /// <summary>Other people with the editor open on this article right now.</summary>
    public IReadOnlyList<string> OthersEditing { get; init; } = [];

    /// <summary>The pre-publish checklist for the form as shown.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public IReadOnlyList<PreviewLinkSummary> PreviewLinks { get; init; } = [];

    /// <summary>A share link created by the previous request: shown this once, never stored.</summary>
    public string? NewPreviewUrl { get; init; }

    public DateTime NowUtc { get; init; }

    public bool IsNew => Article is null;
    public string ZoneName => Zone.Id;
    public bool IsScheduled => Article is not null && ArticleVisibility.IsScheduledAt(Article.Status, Article.PublishAtUtc, NowUtc);
    public string? ScheduleConfirmation => Article?.PublishAtUtc is { } at && Article.Status == ArticleStatus.Published
        ? ScheduleText.BothZones(at, Zone) : null;
    public string LocalTime(DateTime utc) => ScheduleText.BothZones(utc, Zone);
}

public sealed record DeskViewModel(Desk Desk, bool Everyone, ViewerTimeFormatter Time);

/// <summary>Shows times on staff pages in the viewer's own zone.</summary>
public sealed record ViewerTimeFormatter(TimeZoneInfo Zone)
{
    public string Short(DateTime utc) =>
        $"{SiteTime.FromUtc(utc, Zone).ToString("d MMM yyyy, HH:mm", System.Globalization.CultureInfo.InvariantCulture)} {ScheduleText.Abbreviation(Zone, utc)}";
    public string Both(DateTime utc) => ScheduleText.BothZones(utc, Zone);
}

public sealed record RevisionListViewModel(int ArticleId, string Title, IReadOnlyList<RevisionSummary> Revisions, ViewerTimeFormatter Time, bool MayEdit);

public sealed record RevisionCompareViewModel(int ArticleId, string Title, RevisionComparison Comparison, ViewerTimeFormatter Time, bool MayEdit);

public sealed record CalendarDay(DateOnly Date, bool InMonth, IReadOnlyList<CalendarEntry> Entries);

public sealed record CalendarViewModel(DateOnly Month, IReadOnlyList<CalendarDay> Days, ViewerTimeFormatter Time)
{
    public string Title => Month.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
    public string Previous => Month.AddMonths(-1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
    public string Next => Month.AddMonths(1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record DeleteArticleViewModel(int Id, string Title, ArticleStatus Status);
