using System.Security.Claims;
using Fandom.Data.Entities;
using Fandom.Web.Services.Editorial;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Fandom.Web.Authorization;

/// <summary>
/// The role and ownership matrix of SPEC §2 for one article: editors and admins may do anything;
/// an author may edit, submit and delete their own article while it is not published, and never
/// publish, schedule, unpublish, archive or request changes.
/// Every editorial action asks here, through <see cref="ArticleAccessAttribute"/>.
/// </summary>
public sealed class ArticleAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, ArticleAccess>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement operation, ArticleAccess article)
    {
        var user = context.User;
        if (user.IsEditor())
        {
            context.Succeed(operation);
        }
        // Staff who are not editors are authors.
        else if (user.IsStaff() && !ArticleOperations.EditorOnly.Contains(operation) && IsAuthorsUnpublished(user, article))
        {
            context.Succeed(operation);
        }
        return Task.CompletedTask;
    }

    /// <summary>The article is the user's own and not published: the only articles an author may change.</summary>
    public static bool IsAuthorsUnpublished(ClaimsPrincipal user, ArticleAccess article) =>
        article.AuthorIds.Contains(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "")
        && article.Status is ArticleStatus.Draft or ArticleStatus.InReview;
}
