using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Fandom.Web.Authorization;

/// <summary>What someone may try to do to one article; decided by <see cref="ArticleAuthorizationHandler"/>.</summary>
public static class ArticleOperations
{
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };
    public static readonly OperationAuthorizationRequirement Delete = new() { Name = nameof(Delete) };
    public static readonly OperationAuthorizationRequirement Submit = new() { Name = nameof(Submit) };
    public static readonly OperationAuthorizationRequirement Publish = new() { Name = nameof(Publish) };
}
