using System.Text.Json;
using Microsoft.Playwright;

namespace Fandom.BrowserTests.Infrastructure;

/// <summary>
/// axe-core (npm, installed by tests/run.sh into tests/Fandom.BrowserTests/node_modules) run against a page with
/// every rule it has switched on: WCAG 2.x A to AAA, best practices and the experimental rules that are off by
/// default. It is added as an init script: the site's CSP forbids inline scripts, and init scripts are injected by
/// the browser itself, outside the page's policy.
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
                const every = axe.getRules().map(r => r.ruleId);
                const result = await axe.run(document, { runOnly: { type: 'rule', values: every } });
                return result.violations.map(v => `${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', ')})`);
            }
            """);
        return json.EnumerateArray().Select(v => v.GetString()!).ToList();
    }

    /// <summary>How many rules a run checks: a guard against a run that checks nothing.</summary>
    public static Task<int> RuleCountAsync(IPage page) => page.EvaluateAsync<int>("() => axe.getRules().length");
}
