using System.Security.Claims;
using Fandom.Data.Entities;
using Fandom.Web.Services.Editorial;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Fandom.Web.Authorization;

/// <summary>
/// One article's owner and state, and every operation the current user may perform on it, decided by
/// <see cref="ArticleAuthorizationHandler"/> from that one load: the action's check and the page's buttons read the same answers.
/// </summary>
public sealed record ArticleRights(ArticleAccess Access, IReadOnlySet<OperationAuthorizationRequirement> Allowed)
{
    public bool May(OperationAuthorizationRequirement operation) => Allowed.Contains(operation);
}

/// <summary>
/// Authorization of one article for the request (scoped): loads who owns it and in which state it is once, and asks
/// <see cref="ArticleAuthorizationHandler"/> about every operation in memory. <see cref="ArticleAccessAttribute"/> loads it
/// before the action; the action and the editor page read <see cref="Current"/>.
/// </summary>
public sealed class ArticleAuthorization(EditorialService editorial, IAuthorizationService authorization)
{
    private ArticleRights? current;

    /// <summary>The article this request's <see cref="ArticleAccessAttribute"/> loaded.</summary>
    public ArticleRights Current => current ?? throw new InvalidOperationException("No article was loaded: the action needs [ArticleAccess].");

    /// <summary>The user's rights on the article, or null when there is no such article; asked again, answers from memory.</summary>
    public async Task<ArticleRights?> LoadAsync(ClaimsPrincipal user, int articleId, CancellationToken ct = default)
    {
        if (current?.Access.Id == articleId) return current;
        var access = await editorial.AccessAsync(articleId, ct);
        if (access is null) return null;
        return current = await RightsAsync(user, access);
    }

    /// <summary>
    /// The user's rights on the article their form is about to create: a draft of theirs, so the same rules decide
    /// whether its first screen may submit, schedule or publish it.
    /// </summary>
    public Task<ArticleRights> ForNewAsync(ClaimsPrincipal user) =>
        RightsAsync(user, new ArticleAccess(0, ArticleStatus.Draft, [user.FindFirstValue(ClaimTypes.NameIdentifier) ?? ""]));

    private async Task<ArticleRights> RightsAsync(ClaimsPrincipal user, ArticleAccess access)
    {
        var allowed = new HashSet<OperationAuthorizationRequirement>();
        foreach (var operation in ArticleOperations.All)
        {
            if ((await authorization.AuthorizeAsync(user, access, operation)).Succeeded) allowed.Add(operation);
        }
        return new ArticleRights(access, allowed);
    }
}
