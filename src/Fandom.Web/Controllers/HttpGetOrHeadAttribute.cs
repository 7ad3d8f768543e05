using Microsoft.AspNetCore.Mvc.Routing;

namespace Fandom.Web.Controllers;

/// <summary>A reader route that also answers HEAD (link checkers, crawlers, uptime monitors); the server sends no body for HEAD.</summary>
public sealed class HttpGetOrHeadAttribute(string template) : HttpMethodAttribute(Methods, template)
{
    private static readonly string[] Methods = ["GET", "HEAD"];
}
