using System.Text.Json;
using Microsoft.Playwright;

namespace Fandom.BrowserTests.Infrastructure;

/// <summary>
/// axe-core (npm, installed by tests/run.sh into tests/Fandom.BrowserTests/node_modules) run against a page
/// for the WCAG 2.1 A and AA rules. It is added as an init script: the site's CSP forbids inline scripts,
/// and init scripts are injected by the browser itself, outside the page's policy.
/// </summary>
public static class Axe
{
    public static string Source { get; } = File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "tests", "Fandom.BrowserTests",
        "node_modules", "axe-core", "axe.min.js"));

    /// <summary>Each violation as "rule: help (selectors)"; empty when the page passes.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        var json = await page.EvaluateAsync<JsonElement>("""
            async () => {
                const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
                return result.violations.map(v => `${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', ')})`);
            }
            """);
        return json.EnumerateArray().Select(v => v.GetString()!).ToList();
    }
}
