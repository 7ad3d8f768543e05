using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Fandom.Web.Infrastructure;

/// <summary>
/// Identity UI's pages send the user on to their <c>returnUrl</c> with <c>LocalRedirect</c>, which throws (a 500)
/// when the address leaves the site. A <c>returnUrl</c> that is not a local address is replaced by the home page
/// before the page sees it, so signing in or out with a forged one ends at home and never off-site.
/// </summary>
public sealed class LocalReturnUrls : IAsyncPageFilter
{
    private const string Argument = "returnUrl";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerArguments.TryGetValue(Argument, out var value) && value is string returnUrl
            && context.HandlerInstance is PageModel page && !page.Url.IsLocalUrl(returnUrl))
        {
            context.HttpContext.RequestServices.GetRequiredService<ILogger<LocalReturnUrls>>()
                .LogWarning("Refused a return address off the site on {Page}: {ReturnUrl}", context.ActionDescriptor.ViewEnginePath, returnUrl);
            context.HandlerArguments[Argument] = Services.Site.ReaderUrls.Home;
        }
        return next();
    }

    public static void Apply(PageConventionCollection conventions) =>
        conventions.AddAreaFolderApplicationModelConvention("Identity", "/", model => model.Filters.Add(new LocalReturnUrls()));
}

public static class LocalReturnUrlsExtensions
{
    public static PageConventionCollection AddLocalReturnUrls(this PageConventionCollection conventions)
    {
        LocalReturnUrls.Apply(conventions);
        return conventions;
    }
}
