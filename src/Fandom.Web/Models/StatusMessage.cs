namespace Fandom.Web.Models;

/// <summary>The one-line message a POST leaves for the page it redirects to.</summary>
public static class StatusMessage
{
    public const string Key = "StatusMessage";
}
