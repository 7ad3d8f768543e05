using Fandom.Web.Areas.Editorial.Models;
using Fandom.Web.Authorization;

namespace Fandom.Web.Services.Editorial;

public static class EditorialRegistration
{
    /// <summary>
    /// The editorial workflow: saves, article authorization, transitions, revisions, autosave and presence, preview
    /// links, the desk and the editor page.
    /// </summary>
    public static IServiceCollection AddFandomEditorial(this IServiceCollection services)
    {
        services.AddScoped<EditorialService>();
        services.AddScoped<ArticleAuthorization>();
        services.AddScoped<WorkflowService>();
        services.AddScoped<RevisionService>();
        services.AddScoped<AutosaveService>();
        services.AddScoped<PreviewLinkService>();
        services.AddScoped<EditorPreviewService>();
        services.AddScoped<DeskService>();
        services.AddScoped<ArticleFormViewModelBuilder>();
        return services;
    }
}
