using Fandom.Web.Infrastructure.Faults;
using Fandom.Web.Models;
using Fandom.Web.Services.Api;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Fandom.Web.Controllers;

/// <summary>The pages behind status codes and unhandled errors, in the site's own design; API clients get JSON.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController(FaultLog faults) : Controller
{
    /// <summary>
    /// Only error codes have a page: any other code (101, 204, 304, 0) would be answered as itself, with or without
    /// a body, so the address is simply not found.
    /// </summary>
    [Route("/error/{code:int:range(400,599)}")]
    public IActionResult Status(int code)
    {
        Response.StatusCode = code;
        var model = ErrorViewModel.For(code);
        return ForTheApi(HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath)
            ? Problem(model.Message, statusCode: code, title: model.Title)
            : View(model);
    }

    /// <summary>
    /// The exception handler's page, and the one log line of the failure. A database fault is the site's state, not
    /// a bug: 503 with a Retry-After, and words that say what degrades. The page needs no database (the masthead
    /// falls back to what it last read), so it renders whole during an outage.
    /// </summary>
    [Route("/error")]
    public IActionResult Unhandled()
    {
        var failed = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        // One entry per cause, whatever the path: during an outage every path fails the same way.
        if (failed?.Error is { } error) faults.Report("Serving a request", error, $"first: {Request.Method} {failed.Path}");
        var model = ErrorViewModel.For(StatusCodes.Status500InternalServerError);
        if (DatabaseFaults.Find(failed?.Error) is { } fault)
        {
            Response.Headers.RetryAfter = "10";
            model = ErrorViewModel.ForDatabaseFault(fault.Kind);
        }
        Response.StatusCode = model.StatusCode;
        return ForTheApi(failed?.Path)
            ? Problem(model.Message, statusCode: model.StatusCode, title: model.Title)
            : View(nameof(Status), model);
    }

    /// <summary>An error on a content API address (an unknown one, a wrong method) is answered as the API answers: a problem in JSON.</summary>
    private static bool ForTheApi(string? originalPath) =>
        originalPath is not null && originalPath.StartsWith(ContentApiUrls.Root + "/", StringComparison.OrdinalIgnoreCase);
}
