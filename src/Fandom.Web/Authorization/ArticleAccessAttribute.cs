using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Fandom.Web.Authorization;

/// <summary>
/// Guards an action on one article: before the action runs, loads the article named by its <see cref="IdArgument"/>
/// through <see cref="ArticleAuthorization"/> and answers 404 when there is none, 403 when the user may not perform
/// the operation. Usage: <c>[ArticleAccess(nameof(ArticleOperations.Publish))]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ArticleAccessAttribute(string operation) : Attribute, IFilterFactory
{
    // Resolved here, so a misspelt operation fails when the app builds its actions, not on a request.
    private readonly OperationAuthorizationRequirement requirement = ArticleOperations.Named(operation);

    /// <summary>
    /// The action argument that holds the article id. An action called without one (the live preview of an
    /// article never saved) concerns no article, and the area's staff policy is its only check.
    /// </summary>
    public string IdArgument { get; init; } = "id";

    // The filter holds the request's ArticleAuthorization, so it is made for each request.
    public bool IsReusable => false;

    public IFilterMetadata CreateInstance(IServiceProvider services) =>
        new ArticleAccessFilter(services.GetRequiredService<ArticleAuthorization>(), requirement, IdArgument);

    private sealed class ArticleAccessFilter(ArticleAuthorization authorization, OperationAuthorizationRequirement operation, string idArgument)
        : IAsyncActionFilter
    {
        public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
        {
            // A misnamed argument would otherwise leave the action unguarded.
            if (!context.ActionDescriptor.Parameters.Any(p => p.Name == idArgument))
                throw new InvalidOperationException($"[ArticleAccess] on {context.ActionDescriptor.DisplayName} names no argument {idArgument}.");
            if (context.ActionArguments.TryGetValue(idArgument, out var value) && value is int id)
            {
                var http = context.HttpContext;
                var rights = await authorization.LoadAsync(http.User, id, http.RequestAborted);
                if (rights is null)
                {
                    context.Result = new NotFoundResult();
                    return;
                }
                if (!rights.May(operation))
                {
                    context.Result = new ForbidResult();
                    return;
                }
            }
            await next();
        }
    }
}
