using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Content;
using Fandom.Web.Services.Articles;
using Fandom.Web.Services.Media;
using Fandom.Web.Services.Quotes;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Editorial;

/// <summary>The editable fields of an article, as a save hands them in.</summary>
public sealed record ArticleDraft(
    string Title, string? Dek, string Body, IReadOnlyList<int> CategoryIds, IReadOnlyList<string> TagNames,
    string? ContentNotes, string? Slug, DateTime? PublishAtUtc, DateTime? UnpublishAtUtc,
    string? SeoTitle, string? SeoDescription, string? ConcurrencyStamp, string? ReviewNote = null)
{
    // Hero image from the media library, with this article's caption and alt text where they differ.
    public int? HeroMediaId { get; init; }
    public string? HeroCaption { get; init; }
    public string? HeroAltText { get; init; }
}

/// <summary>What a save moves the article to, besides storing its fields.</summary>
public enum ArticleTransition { None, SubmitForReview, Publish, Schedule, RequestChanges }

/// <summary>Why an article save (or restore) was refused.</summary>
public enum SaveError
{
    NotFound,
    /// <summary>Someone else saved the article since this version was opened.</summary>
    Conflict,
    SlugTaken,
    /// <summary>Scheduling needs a publish time in the future.</summary>
    NotInFuture,
    /// <summary>Changes can be requested only of an article in review.</summary>
    NotInReview,
}

/// <summary>An article as the editor form shows it.</summary>
public sealed record EditableArticle(
    int Id, string Title, string? Dek, string Body, string Slug, IReadOnlyList<int> CategoryIds, IReadOnlyList<string> TagNames,
    string? ContentNotes, DateTime? PublishAtUtc, DateTime? UnpublishAtUtc, string? SeoTitle, string? SeoDescription,
    ArticleStatus Status, string? ReviewNote, string ConcurrencyStamp, IReadOnlyList<string> AuthorNames)
{
    // Hero image (media library).
    public int? HeroMediaId { get; init; }
    public string? HeroCaption { get; init; }
    public string? HeroAltText { get; init; }
}

/// <summary>Enough of an article to decide who may do what to it.</summary>
public sealed record ArticleAccess(int Id, ArticleStatus Status, IReadOnlyList<string> AuthorIds);

public sealed record CategoryChoice(int Id, string Name);

/// <summary>
/// An article brought from another system: its fields, the state and times it had there, its authors (staff ids), the
/// key that finds it again on a second import, and the note its first revision carries.
/// </summary>
public sealed record ImportedArticle(
    ArticleDraft Draft, ArticleStatus Status, DateTime CreatedAtUtc, IReadOnlyList<string> AuthorIds, string ImportKey, string RevisionNote);

/// <summary>
/// Staff-side article commands: create, save (with revision and conflict check), the workflow transitions
/// that travel with a save (submit, publish, schedule, request changes) and restoring a revision.
/// Status-only transitions (unpublish, archive, delete) live in <see cref="WorkflowService"/>.
/// </summary>
public sealed class EditorialService(FandomDbContext db, ArticleRenderer renderer, TimeProvider time, QuoteCollector quotes)
{
    private DateTime Now => time.UtcNow();

    /// <summary>The comment the article access query carries in its SQL.</summary>
    public const string AccessQueryTag = "Article access";

    /// <summary>Who owns the article and in which state it is: what authorization decides on; tagged so it can be found in logs.</summary>
    public Task<ArticleAccess?> AccessAsync(int id, CancellationToken ct = default) =>
        db.Articles.TagWith(AccessQueryTag).Where(a => a.Id == id)
            .Select(a => new ArticleAccess(a.Id, a.Status, a.Authors.Select(u => u.Id).ToList()))
            .FirstOrDefaultAsync(ct);

    public Task<EditableArticle?> EditableAsync(int id, CancellationToken ct = default) =>
        db.Articles.Where(a => a.Id == id)
            .Select(StaffBylines.With((a, bylines) => new EditableArticle(
                a.Id, a.Title, a.Dek, a.Body, a.Slug,
                a.Categories.Select(c => c.Id).ToList(), a.Tags.OrderBy(t => t.Name).Select(t => t.Name).ToList(),
                a.ContentNotes, a.PublishAtUtc, a.UnpublishAtUtc, a.SeoTitle, a.SeoDescription,
                a.Status, a.ReviewNote, a.ConcurrencyStamp, bylines)
                { HeroMediaId = a.HeroMediaId, HeroCaption = a.HeroCaption, HeroAltText = a.HeroAltText }))
            .FirstOrDefaultAsync(ct);

    public Task<List<CategoryChoice>> CategoryChoicesAsync(CancellationToken ct = default) =>
        db.Categories.OrderBy(c => c.DisplayOrder).Select(c => new CategoryChoice(c.Id, c.Name)).ToListAsync(ct);

    /// <summary>Creates a draft by the actor and returns its id; a plain create is never refused.</summary>
    public async Task<int> CreateAsync(ArticleDraft draft, Actor actor, CancellationToken ct = default) =>
        (await CreateAsync(draft, ArticleTransition.None, actor, ct)).Value;

    /// <summary>
    /// Creates the article by the actor and moves it on in the same step, as the first screen's Submit for review,
    /// Schedule and Publish do: the article, its first revision and the transition's audit event are saved together,
    /// or, when the transition is refused, nothing is. Who may do so is the caller's check.
    /// </summary>
    public async Task<Outcome<int, SaveError>> CreateAsync(ArticleDraft draft, ArticleTransition transition, Actor actor, CancellationToken ct = default)
    {
        var now = Now;
        var article = new Article
        {
            Title = draft.Title,
            Slug = await UniqueSlugAsync(Slugs.From(string.IsNullOrWhiteSpace(draft.Slug) ? draft.Title : draft.Slug), null, ct),
            Status = ArticleStatus.Draft,
            CreatedAtUtc = now,
        };
        if (Refusal(article, draft, transition, now) is { } refused) return refused;
        article.Authors.Add(await db.Users.SingleAsync(u => u.Id == actor.UserId, ct));
        db.Articles.Add(article);
        await ApplyAsync(article, draft with { Slug = null }, actor, ct);
        if (transition == ArticleTransition.None)
        {
            await db.SaveChangesAsync(ct);
            return Outcome<int, SaveError>.Done(article.Id);
        }
        var (action, details) = Transition(article, draft, transition, now);
        article.Revisions[^1].Status = article.Status;
        await db.SaveCreatedAsync(() => article.Id, now, actor, action, nameof(Article), details, ct);
        return Outcome<int, SaveError>.Done(article.Id);
    }

    /// <summary>
    /// Creates an imported article through the same steps as a save (rendering, sanitizing, quotes, media use, a
    /// revision), in the state it had on the old site; its slug is the old one, or the first free one after it.
    /// </summary>
    public async Task<Article> ImportAsync(ImportedArticle imported, CancellationToken ct = default)
    {
        var draft = imported.Draft;
        var article = new Article
        {
            Title = draft.Title,
            Slug = await UniqueSlugAsync(Slugs.From(string.IsNullOrWhiteSpace(draft.Slug) ? draft.Title : draft.Slug), null, ct),
            Status = imported.Status,
            CreatedAtUtc = imported.CreatedAtUtc,
            ImportKey = imported.ImportKey,
        };
        article.Authors.AddRange(await db.Users.Where(u => imported.AuthorIds.Contains(u.Id)).ToListAsync(ct));
        db.Articles.Add(article);
        var writer = article.Authors.FirstOrDefault() is { } first ? new Actor(first.Id, first.DisplayName) : throw new InvalidOperationException("An imported article needs an author.");
        await ApplyAsync(article, draft with { Slug = null }, writer, ct);
        article.Revisions[^1].Note = imported.RevisionNote;
        await db.SaveChangesAsync(ct);
        return article;
    }

    public async Task<Outcome<SaveError>> SaveAsync(int id, ArticleDraft draft, ArticleTransition transition, Actor actor, CancellationToken ct = default)
    {
        var article = await db.Articles
            .Include(a => a.Categories).Include(a => a.Tags)
            .FirstOrDefaultAsync(a => a.Id == id, ct);
        if (article is null) return SaveError.NotFound;
        if (draft.ConcurrencyStamp != article.ConcurrencyStamp) return SaveError.Conflict;

        if (!string.IsNullOrWhiteSpace(draft.Slug))
        {
            var wanted = Slugs.From(draft.Slug);
            if (wanted != article.Slug)
            {
                if (await SlugInUseAsync(wanted, article.Id, ct)) return SaveError.SlugTaken;
                await MoveSlugAsync(article, wanted, ct);
            }
        }

        var now = Now;
        if (Refusal(article, draft, transition, now) is { } refused) return refused;

        await ApplyAsync(article, draft, actor, ct);
        if (transition != ArticleTransition.None)
        {
            var (action, details) = Transition(article, draft, transition, now);
            db.Audit(now, actor, action, nameof(Article), article.Id, details);
        }
        // The last revision records the state the transition produced.
        article.Revisions[^1].Status = article.Status;
        // A save supersedes this person's rolling autosave: what it held is now saved.
        db.ArticleAutosaves.RemoveRange(await db.ArticleAutosaves.Where(a => a.ArticleId == id && a.UserId == actor.UserId).ToListAsync(ct));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveError.Conflict;
        }
        await db.ApplyRevisionRetentionAsync(id, Now, ct);
        return Outcome<SaveError>.Done;
    }

    /// <summary>Why the transition cannot be made with this draft, or null when it can.</summary>
    private static SaveError? Refusal(Article article, ArticleDraft draft, ArticleTransition transition, DateTime now) => transition switch
    {
        ArticleTransition.Schedule when draft.PublishAtUtc is not { } at || at <= now => SaveError.NotInFuture,
        ArticleTransition.RequestChanges when article.Status != ArticleStatus.InReview => SaveError.NotInReview,
        _ => null,
    };

    /// <summary>Moves the article to the state the transition asks for; answers the audit event that records it.</summary>
    private static (string Action, string? Details) Transition(Article article, ArticleDraft draft, ArticleTransition transition, DateTime now)
    {
        switch (transition)
        {
            case ArticleTransition.SubmitForReview:
                article.Status = ArticleStatus.InReview;
                // Resubmitting answers the editor's note; the audit log keeps it.
                article.ReviewNote = null;
                return ("article.submit", null);
            case ArticleTransition.RequestChanges:
                article.Status = ArticleStatus.Draft;
                article.ReviewNote = draft.ReviewNote.TrimToNull() ?? "Changes requested.";
                return ("article.request-changes", article.ReviewNote);
            case ArticleTransition.Publish or ArticleTransition.Schedule:
                article.Status = ArticleStatus.Published;
                article.ReviewNote = null;
                // An empty time means now; a past one backdates; a future one schedules.
                article.PublishAtUtc = draft.PublishAtUtc ?? now;
                return (ArticleVisibility.IsScheduledAt(article.Status, article.PublishAtUtc, now) ? "article.schedule" : "article.publish",
                    $"publish at {article.PublishAtUtc:O}");
            default:
                throw new ArgumentOutOfRangeException(nameof(transition), transition, "Saving without a transition records no event.");
        }
    }

    /// <summary>
    /// Puts a revision's text back as the article's current text. Restoring is itself a save: it makes a
    /// new revision and a new concurrency stamp, and keeps categories, tags and status as they are.
    /// </summary>
    public async Task<Outcome<SaveError>> RestoreAsync(int id, int revisionId, Actor actor, CancellationToken ct = default)
    {
        var revision = await db.ArticleRevisions.FirstOrDefaultAsync(r => r.Id == revisionId && r.ArticleId == id, ct);
        var article = await db.Articles.Include(a => a.Categories).Include(a => a.Tags).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (revision is null || article is null) return SaveError.NotFound;
        var draft = new ArticleDraft(revision.Title, revision.Dek, revision.Body,
            article.Categories.Select(c => c.Id).ToList(), article.Tags.Select(t => t.Name).ToList(),
            revision.ContentNotes, null, article.PublishAtUtc, article.UnpublishAtUtc,
            revision.SeoTitle, revision.SeoDescription, article.ConcurrencyStamp);
        await ApplyAsync(article, draft, actor, ct);
        db.Audit(Now, actor, "article.restore", nameof(Article), article.Id, $"revision {revision.Id} of {revision.CreatedAtUtc:O}");
        await db.SaveChangesAsync(ct);
        await db.ApplyRevisionRetentionAsync(id, Now, ct);
        return Outcome<SaveError>.Done;
    }

    /// <summary>Copies the draft onto the article, renders the body, stamps it and snapshots a revision.</summary>
    private async Task ApplyAsync(Article article, ArticleDraft draft, Actor actor, CancellationToken ct)
    {
        article.Title = draft.Title.Trim();
        article.Dek = draft.Dek.TrimToNull();
        article.Body = draft.Body;
        await renderer.RenderAsync(article, ct);
        await quotes.CollectAsync(article, ct);
        await MediaUsage.RecordEmbedsAsync(db, article, ct);
        // Hero image: a picked id that no longer exists is dropped rather than failing the save.
        article.HeroMediaId = draft.HeroMediaId is { } hero && await db.MediaItems.AnyAsync(m => m.Id == hero, ct) ? hero : null;
        article.HeroCaption = draft.HeroCaption.TrimToNull();
        article.HeroAltText = draft.HeroAltText.TrimToNull();
        article.ContentNotes = draft.ContentNotes.TrimToNull();
        article.SeoTitle = draft.SeoTitle.TrimToNull();
        article.SeoDescription = draft.SeoDescription.TrimToNull();
        article.PublishAtUtc = draft.PublishAtUtc ?? article.PublishAtUtc;
        article.UnpublishAtUtc = draft.UnpublishAtUtc;
        article.UpdatedAtUtc = Now;
        article.ConcurrencyStamp = Guid.NewGuid().ToString("N");

        var categoryIds = draft.CategoryIds.Distinct().ToList();
        article.Categories.RemoveAll(c => !categoryIds.Contains(c.Id));
        var missing = categoryIds.Except(article.Categories.Select(c => c.Id)).ToList();
        if (missing.Count > 0)
            article.Categories.AddRange(await db.Categories.Where(c => missing.Contains(c.Id)).ToListAsync(ct));

        var tags = await TagsAsync(draft.TagNames, ct);
        article.Tags.RemoveAll(t => !tags.Contains(t));
        article.Tags.AddRange(tags.Except(article.Tags));

        article.Revisions.Add(new ArticleRevision
        {
            Title = article.Title, Dek = article.Dek, Body = article.Body, ContentNotes = article.ContentNotes,
            SeoTitle = article.SeoTitle, SeoDescription = article.SeoDescription, Slug = article.Slug,
            Status = article.Status, AuthorId = actor.UserId, CreatedAtUtc = article.UpdatedAtUtc,
        });
    }

    private async Task<List<Tag>> TagsAsync(IReadOnlyList<string> names, CancellationToken ct)
    {
        var wanted = names.Select(n => n.Trim()).Where(n => n.Length > 0)
            .GroupBy(Slugs.From).Select(g => (Slug: g.Key, Name: g.First())).ToList();
        var slugs = wanted.Select(w => w.Slug).ToList();
        var existing = await db.Tags.Where(t => slugs.Contains(t.Slug)).ToListAsync(ct);
        foreach (var (slug, name) in wanted.Where(w => existing.All(t => t.Slug != w.Slug)))
        {
            var tag = new Tag { Name = name, Slug = slug };
            db.Tags.Add(tag);
            existing.Add(tag);
        }
        return existing;
    }

    /// <summary>The current slug becomes a redirect; a former slug taken back stops being one.</summary>
    private async Task MoveSlugAsync(Article article, string wanted, CancellationToken ct)
    {
        db.ArticleSlugs.RemoveRange(await db.ArticleSlugs.Where(s => s.ArticleId == article.Id && s.Slug == wanted).ToListAsync(ct));
        db.ArticleSlugs.Add(new ArticleSlug { Slug = article.Slug, ArticleId = article.Id, RetiredAtUtc = Now });
        article.Slug = wanted;
    }

    private async Task<bool> SlugInUseAsync(string slug, int? exceptArticleId, CancellationToken ct) =>
        await db.Articles.AnyAsync(a => a.Slug == slug && a.Id != exceptArticleId, ct)
        || await db.ArticleSlugs.AnyAsync(s => s.Slug == slug && s.ArticleId != exceptArticleId, ct);

    private Task<string> UniqueSlugAsync(string slug, int? exceptArticleId, CancellationToken ct) =>
        Slugs.FirstFreeAsync(slug, candidate => SlugInUseAsync(candidate, exceptArticleId, ct));
}
