using Fandom.Web.Services.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Fandom.Web.Infrastructure;

/// <summary>
/// Public self-registration is off unless the site opens it (SPEC §2): while closed, Identity UI's
/// registration pages answer 404 as if they did not exist.
/// </summary>
public sealed class RegistrationGate : IAsyncPageFilter
{
    private static readonly string[] RegistrationPages = ["/Account/Register", "/Account/RegisterConfirmation", "/Account/ExternalLogin"];

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var settings = context.HttpContext.RequestServices.GetRequiredService<SiteSettingsService>().Current;
        if (settings.PublicRegistration) return next();
        context.Result = new NotFoundResult();
        return Task.CompletedTask;
    }

    public static void Apply(PageConventionCollection conventions)
    {
        foreach (var page in RegistrationPages)
            conventions.AddAreaPageApplicationModelConvention("Identity", page, model => model.Filters.Add(new RegistrationGate()));
    }
}

public static class RegistrationGateExtensions
{
    public static PageConventionCollection AddRegistrationGate(this PageConventionCollection conventions)
    {
        RegistrationGate.Apply(conventions);
        return conventions;
    }
}
