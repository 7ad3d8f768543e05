using System.Security.Claims;
using Fandom.Web.Services.Media;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Fandom.Web.Authorization;

/// <summary>What someone may try to do to one media item; decided by <see cref="MediaAuthorizationHandler"/>.</summary>
public static class MediaOperations
{
    /// <summary>Open the item's form and save its alt text, caption, credit and licence.</summary>
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };
}

/// <summary>
/// An image's text and credit reach every article that shows it, so changing them is editing those articles:
/// editors and admins may; an author only for an image they uploaded while every article showing it is one
/// they may edit themselves (their own, not published), the rule of <see cref="ArticleAuthorizationHandler"/>.
/// Deleting stays with editors (the route's policy), as the library has always had it.
/// </summary>
public sealed class MediaAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, MediaAccess>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement operation, MediaAccess media)
    {
        var user = context.User;
        if (operation != MediaOperations.Edit) return Task.CompletedTask;
        if (user.IsEditor()
            || (user.IsStaff() && media.UploadedById == user.FindFirstValue(ClaimTypes.NameIdentifier)
                && media.UsedIn.All(article => ArticleAuthorizationHandler.IsAuthorsUnpublished(user, article))))
            context.Succeed(operation);
        return Task.CompletedTask;
    }
}
