namespace Fandom.Web.Services.Import;

/// <summary>What an import does (or, on a dry run, would do) with one post.</summary>
public sealed record ImportedPostLine(string SourceId, string Title, string SourceStatus, bool Created, string? Reason, string? Slug, int? ArticleId = null);

/// <summary>How far a run has come, for the command line's and the admin page's progress bars.</summary>
public readonly record struct ImportProgress(int Done, int Total);

/// <summary>The outcome of a dry run or a real import: every post with what happened to it, and what was missing.</summary>
public sealed class ImportReport
{
    public required string Format { get; init; }
    public required bool DryRun { get; init; }
    public List<ImportedPostLine> Posts { get; } = [];

    /// <summary>What could not be brought along but did not stop the import, e.g. an image file that is not in the uploads folder.</summary>
    public List<string> Problems { get; } = [];
    public int AuthorsCreated { get; set; }
    public int CategoriesCreated { get; set; }
    public int TagsCreated { get; set; }
    public int MediaCreated { get; set; }
    public int RedirectsCreated { get; set; }

    /// <summary>Besides the counts above, what a full-site import brings (people, quotes, revisions), e.g. "4 people"; empty for the other formats.</summary>
    public List<string> AlsoCreated { get; } = [];

    public int Created => Posts.Count(p => p.Created);
    public int Skipped => Posts.Count(p => !p.Created);

    /// <summary>One line for the audit log and the end of the command line's output.</summary>
    public string Summary => DryRun
        ? $"Dry run of a {Format} import: {Count(Created, "article")} would be created, {Skipped} skipped; {Count(Problems.Count, "problem")}."
        : $"{Format} import: {Count(Created, "article")}, {Count(AuthorsCreated, "byline")}, {Count(CategoriesCreated, "category", "categories")}, " +
          $"{Count(TagsCreated, "tag")}, {Count(MediaCreated, "image")} and {Count(RedirectsCreated, "redirect")} created; " +
          $"{(AlsoCreated.Count > 0 ? string.Join(", ", AlsoCreated) + " also created; " : "")}{Count(Skipped, "post")} skipped; {Count(Problems.Count, "problem")}.";

    public static string Count(int n, string one, string? many = null) => $"{n} {(n == 1 ? one : many ?? one + "s")}";
}
