using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Fandom.Web.Authorization;

/// <summary>What someone may try to do to one article; decided by <see cref="ArticleAuthorizationHandler"/>.</summary>
public static class ArticleOperations
{
    /// <summary>Open the editor, save, autosave, look at and restore revisions, share a preview link.</summary>
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };
    public static readonly OperationAuthorizationRequirement Delete = new() { Name = nameof(Delete) };
    public static readonly OperationAuthorizationRequirement Submit = new() { Name = nameof(Submit) };
    public static readonly OperationAuthorizationRequirement Publish = new() { Name = nameof(Publish) };
    public static readonly OperationAuthorizationRequirement Schedule = new() { Name = nameof(Schedule) };
    public static readonly OperationAuthorizationRequirement RequestChanges = new() { Name = nameof(RequestChanges) };
    public static readonly OperationAuthorizationRequirement Unpublish = new() { Name = nameof(Unpublish) };
    public static readonly OperationAuthorizationRequirement Archive = new() { Name = nameof(Archive) };

    /// <summary>Every operation, so the editor page's buttons can be decided from one loaded article.</summary>
    public static readonly IReadOnlyList<OperationAuthorizationRequirement> All =
        [Edit, Delete, Submit, Publish, Schedule, RequestChanges, Unpublish, Archive];

    /// <summary>The operation of that name, e.g. <c>nameof(ArticleOperations.Publish)</c> in an attribute.</summary>
    public static OperationAuthorizationRequirement Named(string name) =>
        All.SingleOrDefault(o => o.Name == name) ?? throw new ArgumentException($"No article operation is named {name}.", nameof(name));

    /// <summary>Operations only editors and admins may perform, on any article.</summary>
    public static readonly IReadOnlySet<OperationAuthorizationRequirement> EditorOnly =
        new HashSet<OperationAuthorizationRequirement> { Publish, Schedule, RequestChanges, Unpublish, Archive };
}
