using AngleSharp.Html.Dom;

namespace Fandom.Tests.Support;

/// <summary>Posts that a page offers no form for (a forged or out-of-date click), with an antiforgery token.</summary>
public static class StaffForms
{
    public static Task<HttpResponseMessage> PostWithTokenAsync(this BrowserSession session, IHtmlDocument page, string url, Dictionary<string, string>? fields = null)
    {
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("The page has no antiforgery token.");
        var values = new Dictionary<string, string>(fields ?? []) { ["__RequestVerificationToken"] = token };
        return session.Client.PostAsync(url, new FormUrlEncodedContent(values));
    }

    /// <summary>Posts form fields as the signed-in user would, with the antiforgery token of any page they can see.</summary>
    public static async Task<HttpResponseMessage> PostAsync(this BrowserSession session, string url, Dictionary<string, string>? fields = null)
    {
        var page = await session.GetAsync("/");
        var values = new Dictionary<string, string>(fields ?? []);
        if (page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") is { } token)
            values["__RequestVerificationToken"] = token;
        return await session.Client.PostAsync(url, new FormUrlEncodedContent(values));
    }

    /// <summary>The status message a redirect after POST leaves, read from the page it leads to.</summary>
    public static async Task<string?> FollowAsync(this BrowserSession session, HttpResponseMessage redirect)
    {
        Assert.Equal(System.Net.HttpStatusCode.Redirect, redirect.StatusCode);
        var page = await session.GetAsync(redirect.Headers.Location!.OriginalString);
        return page.QuerySelector("[role=status]")?.TextContent.Trim();
    }
}
