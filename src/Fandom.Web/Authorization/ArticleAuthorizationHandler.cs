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
        else if (user.IsStaff() && !ArticleOperations.EditorOnly.Contains(operation))
        {
            var own = article.AuthorIds.Contains(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "");
            var unpublished = article.Status is ArticleStatus.Draft or ArticleStatus.InReview;
            if (own && unpublished) context.Succeed(operation);
        }
        return Task.CompletedTask;
    }
}
