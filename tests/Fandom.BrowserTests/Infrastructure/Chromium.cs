using Microsoft.Playwright;

namespace Fandom.BrowserTests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright (no browser download: FANDOM_CHROMIUM or /usr/bin/chromium).
/// The flags keep it off the network beyond the site under test.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("FANDOM_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh profile (no cookies) whose console errors, CSP violations included, are collected.</summary>
    /// <param name="initScript">Script run in every document before the page's own, outside the page's CSP (e.g. axe-core).</param>
    /// <param name="javaScript">False for a browser with scripts switched off, to prove a page works without them.</param>
    public async Task<BrowserTab> NewTabAsync(string baseUrl, int width = 1280, int height = 900, ColorScheme colorScheme = ColorScheme.Light,
        string? initScript = null, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = baseUrl, ViewportSize = new() { Width = width, Height = height }, ColorScheme = colorScheme, JavaScriptEnabled = javaScript,
        });
        if (initScript is not null) await context.AddInitScriptAsync(initScript);
        var page = await context.NewPageAsync();
        return new BrowserTab(context, page);
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        playwright?.Dispose();
    }
}

/// <summary>One browser tab, remembering every console error and page error it saw.</summary>
public sealed class BrowserTab : IAsyncDisposable
{
    private readonly IBrowserContext context;

    public BrowserTab(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
        page.Console += (_, message) => { if (message.Type == "error") Errors.Add($"{message.Text} ({message.Location})"); };
        page.PageError += (_, error) => Errors.Add(error);
        page.Dialog += (_, dialog) => { Errors.Add("dialog: " + dialog.Message); _ = dialog.DismissAsync(); };
    }

    public IPage Page { get; }

    public List<string> Errors { get; } = [];

    public Task ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new() { Path = Path.Combine(Paths.Artifacts, $"{name}.png"), FullPage = true });

    public ValueTask DisposeAsync() => new(context.CloseAsync());
}
