using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Fandom.Data;
using Fandom.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Editorial;

/// <summary>Why a revision command was refused.</summary>
public enum RevisionError { NotFound }

public sealed record RevisionSummary(int Id, DateTime CreatedAtUtc, string? AuthorName, ArticleStatus Status, string Title, int Characters, bool Pinned);

/// <summary>One line of a side-by-side diff; a null text is the blank opposite an insertion or deletion.</summary>
public sealed record DiffLine(ChangeType Kind, string? Text);

/// <summary>One field compared: the old text on the left, the new on the right, line for line.</summary>
public sealed record FieldDiff(string Field, IReadOnlyList<DiffLine> Left, IReadOnlyList<DiffLine> Right)
{
    public bool Changed => Left.Any(l => l.Kind != ChangeType.Unchanged) || Right.Any(r => r.Kind != ChangeType.Unchanged);
}

public sealed record RevisionComparison(RevisionSummary From, RevisionSummary To, IReadOnlyList<FieldDiff> Fields);

/// <summary>An article's history: list, compare two revisions side by side, pin one to keep it forever.</summary>
public sealed class RevisionService(FandomDbContext db)
{
    public Task<List<RevisionSummary>> ListAsync(int articleId, CancellationToken ct = default) =>
        db.ArticleRevisions.Where(r => r.ArticleId == articleId)
            .OrderByDescending(r => r.CreatedAtUtc).ThenByDescending(r => r.Id)
            .Select(r => new RevisionSummary(r.Id, r.CreatedAtUtc, r.Author!.DisplayName, r.Status, r.Title, r.Body.Length, r.Pinned))
            .ToListAsync(ct);

    /// <summary>The older of the two revisions goes on the left, whichever order they are asked in.</summary>
    public async Task<RevisionComparison?> CompareAsync(int articleId, int fromId, int toId, CancellationToken ct = default)
    {
        var pair = await db.ArticleRevisions.Where(r => r.ArticleId == articleId && (r.Id == fromId || r.Id == toId))
            .Include(r => r.Author).ToListAsync(ct);
        if (pair.Count != (fromId == toId ? 1 : 2)) return null;
        var older = pair.OrderBy(r => r.CreatedAtUtc).ThenBy(r => r.Id).First();
        var newer = pair.OrderBy(r => r.CreatedAtUtc).ThenBy(r => r.Id).Last();
        var fields = new (string Name, Func<ArticleRevision, string?> Value)[]
        {
            ("Title", r => r.Title), ("Dek", r => r.Dek), ("Body", r => r.Body), ("Content notes", r => r.ContentNotes),
            ("Slug", r => r.Slug), ("SEO title", r => r.SeoTitle), ("SEO description", r => r.SeoDescription),
        };
        return new RevisionComparison(Summary(older), Summary(newer),
            fields.Select(f => Diff(f.Name, f.Value(older), f.Value(newer))).ToList());
    }

    public async Task<Outcome<RevisionError>> PinAsync(int articleId, int revisionId, bool pinned, CancellationToken ct = default) =>
        await db.ArticleRevisions.Where(r => r.ArticleId == articleId && r.Id == revisionId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Pinned, pinned), ct) == 1 ? Outcome<RevisionError>.Done : RevisionError.NotFound;

    /// <summary>A line-by-line side-by-side diff of two texts, as the revision and conflict views show it.</summary>
    public static FieldDiff Diff(string field, string? before, string? after)
    {
        var model = SideBySideDiffBuilder.Instance.BuildDiffModel(before ?? "", after ?? "", ignoreWhitespace: false);
        return new FieldDiff(field, Lines(model.OldText), Lines(model.NewText));
    }

    private static List<DiffLine> Lines(DiffPaneModel pane) =>
        pane.Lines.Select(l => new DiffLine(l.Type, l.Type == ChangeType.Imaginary ? null : l.Text)).ToList();

    private static RevisionSummary Summary(ArticleRevision r) =>
        new(r.Id, r.CreatedAtUtc, r.Author?.DisplayName, r.Status, r.Title, r.Body.Length, r.Pinned);
}
