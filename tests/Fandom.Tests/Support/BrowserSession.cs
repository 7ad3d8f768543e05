using System.Net;
using AngleSharp;
using AngleSharp.Html.Dom;

namespace Fandom.Tests.Support;

/// <summary>
/// An HTTP client that behaves like a person with a browser: keeps cookies, reads pages as HTML,
/// and submits the forms it finds (hidden fields and antiforgery token included).
/// </summary>
public sealed class BrowserSession(HttpClient client) : IDisposable
{
    public HttpClient Client => client;

    /// <summary>GETs a page that must answer 200 and parses it.</summary>
    public async Task<IHtmlDocument> GetAsync(string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        return await ParseAsync(response);
    }

    /// <summary>Parses a response as the page at its request's address, so relative form actions resolve.</summary>
    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var address = response.RequestMessage?.RequestUri?.ToString() ?? "http://localhost/";
        return (IHtmlDocument)await BrowsingContext.New().OpenAsync(request => request.Content(html).Address(address));
    }

    /// <summary>
    /// Submits the form matched by <paramref name="formSelector"/> with its current values, changed by
    /// <paramref name="fields"/>. For a checkbox group the value is a comma-separated list of the values to check.
    /// <paramref name="button"/> names the submit button's text, whose formaction then applies.
    /// </summary>
    public Task<HttpResponseMessage> SubmitAsync(IHtmlDocument page, string formSelector, Dictionary<string, string>? fields = null, string? button = null)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form {formSelector} on the page.");
        fields ??= [];
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("submit" or "button"):
                    if (input.Type is "checkbox" or "radio")
                    {
                        var check = fields.TryGetValue(input.Name, out var wanted)
                            ? wanted.Split(',', StringSplitOptions.TrimEntries).Contains(input.Value)
                            : input.IsChecked;
                        if (check) values.Add(new(input.Name, input.Value));
                    }
                    else
                    {
                        values.Add(new(input.Name, fields.GetValueOrDefault(input.Name, input.Value)));
                    }
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    values.Add(new(area.Name, fields.GetValueOrDefault(area.Name, area.Value)));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    values.Add(new(select.Name, fields.GetValueOrDefault(select.Name, select.Value ?? "")));
                    break;
            }
        }
        foreach (var (name, value) in fields)
            if (values.All(v => v.Key != name) && form.Elements.All(e => e.GetAttribute("name") != name))
                values.Add(new(name, value));

        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : page.Url;
        if (button is not null)
        {
            var submitter = form.QuerySelectorAll("button").FirstOrDefault(b => b.TextContent.Trim() == button)
                ?? throw new InvalidOperationException($"No button '{button}' in the form.");
            if (submitter.GetAttribute("formaction") is { Length: > 0 } formAction) action = formAction;
        }
        return client.PostAsync(ToPath(action), new FormUrlEncodedContent(values));
    }

    private static string ToPath(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http") ? absolute.PathAndQuery : url;

    public void Dispose() => client.Dispose();
}
