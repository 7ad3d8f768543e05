using Fandom.Web.Authorization;
using Fandom.Web.Options;

namespace Fandom.Web.Services.Media;

public static class MediaRegistration
{
    /// <summary>The media library: uploads checked by decoding, stored on the file system (or a shared volume).</summary>
    public static IServiceCollection AddFandomMedia(this IServiceCollection services)
    {
        services.AddOptions<MediaOptions>().BindConfiguration(MediaOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IMediaStorage, FileSystemMediaStorage>();
        services.AddSingleton<ImageProcessor>();
        services.AddScoped<MediaUploader>();
        services.AddScoped<MediaService>();
        services.AddScoped<MediaAuthorization>();
        return services;
    }
}
