using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;

namespace Fandom.Web.Services.Site;

/// <summary>
/// MVC's URL helpers, with every absolute link put at the site's public address. MVC and Identity UI build an
/// absolute link (<c>Url.PageLink</c>, <c>Url.ActionLink</c>, <c>Url.Page(…, protocol)</c>: reset, e-mail
/// confirmation and invitation links) from the request's scheme and <c>Host</c> header; here the path is routed as
/// usual and the address in front of it is <see cref="PublicUrls"/>', so no header decides where a mailed link points.
/// </summary>
public sealed class PublicUrlHelperFactory(PublicUrls urls) : IUrlHelperFactory
{
    private readonly UrlHelperFactory routing = new();

    public IUrlHelper GetUrlHelper(ActionContext context) => new PublicUrlHelper(routing.GetUrlHelper(context), urls);

    private sealed class PublicUrlHelper(IUrlHelper routed, PublicUrls urls) : IUrlHelper
    {
        public ActionContext ActionContext => routed.ActionContext;

        public string? Action(UrlActionContext context) => context.Protocol is null && context.Host is null
            ? routed.Action(context)
            : Absolute(routed.Action(new UrlActionContext
                { Action = context.Action, Controller = context.Controller, Values = context.Values, Fragment = context.Fragment }));

        public string? RouteUrl(UrlRouteContext context) => context.Protocol is null && context.Host is null
            ? routed.RouteUrl(context)
            : Absolute(routed.RouteUrl(new UrlRouteContext { RouteName = context.RouteName, Values = context.Values, Fragment = context.Fragment }));

        public string? Link(string? routeName, object? values) =>
            Absolute(routed.RouteUrl(new UrlRouteContext { RouteName = routeName, Values = values }));

        [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(contentPath))]
        public string? Content(string? contentPath) => routed.Content(contentPath);

        public bool IsLocalUrl(string? url) => routed.IsLocalUrl(url);

        private string? Absolute(string? path) => path is null ? null : urls.Absolute(path);
    }
}
