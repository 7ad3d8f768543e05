namespace Fandom.Web.Options;

/// <summary>What article bodies may bring in from elsewhere.</summary>
public sealed class ContentOptions
{
    public const string Section = "Fandom:Content";

    /// <summary>
    /// Hosts (exact names, e.g. <c>images.example-cdn.com</c>) whose images an article may show as images. An image from
    /// any other site becomes a link to it, so that no reader's browser asks a third party for it (a tracking pixel).
    /// </summary>
    public string[] ImageHosts { get; set; } = [];
}
