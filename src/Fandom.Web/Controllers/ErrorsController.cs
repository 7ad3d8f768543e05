using Fandom.Web.Models;
using Microsoft.AspNetCore.Mvc;

namespace Fandom.Web.Controllers;

/// <summary>The pages behind status codes and unhandled errors, in the site's own design.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController : Controller
{
    /// <summary>
    /// Only error codes have a page: any other code (101, 204, 304, 0) would be answered as itself, with or without
    /// a body, so the address is simply not found.
    /// </summary>
    [Route("/error/{code:int:range(400,599)}")]
    public IActionResult Status(int code)
    {
        Response.StatusCode = code;
        return View(ErrorViewModel.For(code));
    }

    [Route("/error")]
    public IActionResult Unhandled()
    {
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View(nameof(Status), ErrorViewModel.For(StatusCodes.Status500InternalServerError));
    }
}
