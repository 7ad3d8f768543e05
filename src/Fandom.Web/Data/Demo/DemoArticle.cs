using Fandom.Data.Entities;

namespace Fandom.Web.Data.Demo;

/// <summary>One article of the demo newsroom.</summary>
/// <param name="Author">Index into <see cref="DemoNewsroom.Staff"/>.</param>
/// <param name="PublishedDaysAgo">Publish time relative to first run; negative means scheduled ahead.</param>
/// <param name="ReviewNote">An editor's "changes requested" note on a draft sent back from review.</param>
public sealed record DemoArticle(
    string Title, string Dek, string Body, string[] Categories, string[] Tags, int Author,
    double PublishedDaysAgo, ArticleStatus Status = ArticleStatus.Published, string? ContentNotes = null, string? ReviewNote = null);

public sealed record DemoStaff(string Email, string DisplayName, string Role, string Bio);
