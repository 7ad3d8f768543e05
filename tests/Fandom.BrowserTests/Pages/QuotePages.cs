using Microsoft.Playwright;

namespace Fandom.BrowserTests.Pages;

/// <summary>The quote library's form, in the words on the screen (SPEC §9).</summary>
public sealed class QuoteFormPage(IPage page)
{
    public async Task AddAsync(string quote, string speaker, string source, string sourceUrl, string dateSaid)
    {
        await page.GotoAsync("/editorial/quotes/new");
        await Field("Quote").FillAsync(quote);
        await Field("Speaker").FillAsync(speaker);
        await Field("Source").FillAsync(source);
        await Field("Source URL").FillAsync(sourceUrl);
        await Field("Date said").FillAsync(dateSaid);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save quote" }).ClickAsync();
    }

    private ILocator Field(string label) => page.GetByLabel(label, new() { Exact = true });
}

/// <summary>The article editor's "Insert quote" picker.</summary>
public sealed class QuotePicker(IPage page)
{
    /// <summary>Puts the cursor at the end of Body, opens the picker and searches the library.</summary>
    public async Task SearchAtEndOfBodyAsync(string search)
    {
        var body = page.GetByLabel("Body", new() { Exact = true });
        await body.FocusAsync();
        await body.PressAsync("Control+End");
        await page.GetByText("Insert quote", new() { Exact = true }).ClickAsync();
        await page.GetByLabel("Search the quote library").FillAsync(search);
    }

    public Task InsertAsync(string quoteText) =>
        page.Locator(".quote-picker-results li", new() { HasText = quoteText }).GetByRole(AriaRole.Button, new() { Name = "Insert" }).ClickAsync();
}
