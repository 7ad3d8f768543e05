using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Web.Services.Articles;
using Microsoft.EntityFrameworkCore;

namespace Fandom.Web.Services.Editorial;

/// <summary>Why a preview link command was refused.</summary>
public enum PreviewLinkError { NotFound }

public sealed record PreviewLinkSummary(int Id, DateTime CreatedAtUtc, DateTime ExpiresAtUtc, DateTime? RevokedAtUtc)
{
    public bool ActiveAt(DateTime nowUtc) => RevokedAtUtc is null && ExpiresAtUtc > nowUtc;
}

/// <summary>
/// Share links to a draft: a random token shown once, of which only the hash is stored (<see cref="SecretTokens"/>).
/// Links expire and can be revoked.
/// </summary>
public sealed class PreviewLinkService(FandomDbContext db, TimeProvider time, ArticleService articles)
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(7);

    private DateTime Now => time.UtcNow();

    /// <summary>Creates a link and returns its token: the only time the token exists outside the recipient's hands.</summary>
    public async Task<string> CreateAsync(int articleId, Actor actor, TimeSpan? lifetime = null, CancellationToken ct = default)
    {
        var token = SecretTokens.New();
        db.PreviewLinks.Add(new PreviewLink
        {
            ArticleId = articleId, TokenHash = SecretTokens.Hash(token), CreatedById = actor.UserId,
            CreatedAtUtc = Now, ExpiresAtUtc = Now + (lifetime ?? DefaultLifetime),
        });
        db.Audit(Now, actor, "article.preview-link", nameof(Article), articleId);
        await db.SaveChangesAsync(ct);
        return token;
    }

    public Task<List<PreviewLinkSummary>> ListAsync(int articleId, CancellationToken ct = default) =>
        db.PreviewLinks.Where(l => l.ArticleId == articleId).OrderByDescending(l => l.CreatedAtUtc)
            .Select(l => new PreviewLinkSummary(l.Id, l.CreatedAtUtc, l.ExpiresAtUtc, l.RevokedAtUtc))
            .ToListAsync(ct);

    public async Task<Outcome<PreviewLinkError>> RevokeAsync(int articleId, int linkId, Actor actor, CancellationToken ct = default)
    {
        var link = await db.PreviewLinks.FirstOrDefaultAsync(l => l.Id == linkId && l.ArticleId == articleId, ct);
        if (link is null) return PreviewLinkError.NotFound;
        link.RevokedAtUtc ??= Now;
        db.Audit(Now, actor, "article.preview-link-revoke", nameof(Article), articleId, $"link {linkId}");
        await db.SaveChangesAsync(ct);
        return Outcome<PreviewLinkError>.Done;
    }

    /// <summary>The article a live token opens, as the reader page shows it; null for unknown, expired or revoked tokens.</summary>
    public async Task<ArticleDetail?> OpenAsync(string token, CancellationToken ct = default)
    {
        var hash = SecretTokens.Hash(token);
        var now = Now;
        var articleId = await db.PreviewLinks
            .Where(l => l.TokenHash == hash && l.RevokedAtUtc == null && l.ExpiresAtUtc > now)
            .Select(l => (int?)l.ArticleId).FirstOrDefaultAsync(ct);
        return articleId is { } id ? await articles.DetailForPreviewAsync(id, ct) : null;
    }
}
