namespace Fandom.Data.Entities;

/// <summary>Where an article stands in the editorial workflow (SPEC §4).</summary>
public enum ArticleStatus
{
    Draft = 0,
    InReview = 1,
    Published = 2,
    Archived = 3,
}
