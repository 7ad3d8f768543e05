namespace Fandom.Web.Services.Api;

/// <summary>The content API's own paths (its resources link to reader pages through <see cref="Site.ReaderUrls"/>).</summary>
public static class ContentApiUrls
{
    public const string Root = "/api/" + ContentApiRegistration.Version;
    public const string Articles = Root + "/articles";

    public static string Article(string slug) => Articles + "/" + Uri.EscapeDataString(slug);
}
