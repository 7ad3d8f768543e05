using Fandom.Web.Services.Editorial;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using System.Security.Claims;

namespace Fandom.Web.Authorization;

public enum GateResult { Allowed, NotFound, Forbidden }

/// <summary>
/// The door every editorial action on one article goes through: loads who owns it and in which state it is,
/// and asks <see cref="ArticleAuthorizationHandler"/> whether this user may perform the operation.
/// </summary>
public sealed class ArticleGate(EditorialService editorial, IAuthorizationService authorization)
{
    public async Task<GateResult> CheckAsync(ClaimsPrincipal user, int articleId, OperationAuthorizationRequirement operation, CancellationToken ct = default)
    {
        var access = await editorial.AccessAsync(articleId, ct);
        if (access is null) return GateResult.NotFound;
        return (await authorization.AuthorizeAsync(user, access, operation)).Succeeded ? GateResult.Allowed : GateResult.Forbidden;
    }

    public async Task<bool> MayAsync(ClaimsPrincipal user, int articleId, OperationAuthorizationRequirement operation, CancellationToken ct = default) =>
        await CheckAsync(user, articleId, operation, ct) == GateResult.Allowed;
}
