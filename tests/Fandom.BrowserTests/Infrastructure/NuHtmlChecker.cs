using System.Diagnostics;
using System.Text.Json;

namespace Fandom.BrowserTests.Infrastructure;

/// <summary>One message of the Nu Html Checker: "error", "warning" or "info", with the file it is about.</summary>
public sealed record NuMessage(string Kind, string Document, int Line, string Text, string Extract)
{
    public override string ToString() => $"{Document}:{Line}: {Kind}: {Text} [{Extract.ReplaceLineEndings(" ").Trim()}]";
}

/// <summary>
/// The W3C Nu Html Checker (vnu.jar from the npm package vnu-jar, run on the machine's Java), checking documents
/// written to a temporary folder. All of them go to one Java process: starting the checker costs seconds,
/// checking a page milliseconds.
/// </summary>
public static class NuHtmlChecker
{
    private static string Jar { get; } = Path.Combine(Paths.RepositoryRoot, "tests", "Fandom.BrowserTests",
        "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>Every message about every document, keyed by the names they were given.</summary>
    public static async Task<IReadOnlyList<NuMessage>> CheckAsync(IReadOnlyDictionary<string, string> htmlByName)
    {
        var folder = Directory.CreateTempSubdirectory("fandom-vnu-");
        try
        {
            foreach (var (name, html) in htmlByName)
                await File.WriteAllTextAsync(Path.Combine(folder.FullName, name + ".html"), html);
            var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in new[] { "-jar", Jar, "--format", "json", "--exit-zero-always" }) start.ArgumentList.Add(argument);
            foreach (var name in htmlByName.Keys) start.ArgumentList.Add(Path.Combine(folder.FullName, name + ".html"));

            using var java = Process.Start(start)!;
            var report = java.StandardError.ReadToEndAsync();
            var output = await java.StandardOutput.ReadToEndAsync();
            await java.WaitForExitAsync();
            var json = await report;
            Assert.True(java.ExitCode == 0 && json.TrimStart().StartsWith('{'), $"vnu.jar exited with {java.ExitCode}: {json}{output}");

            using var document = JsonDocument.Parse(json);
            return document.RootElement.GetProperty("messages").EnumerateArray().Select(m => new NuMessage(
                Kind(m),
                m.TryGetProperty("url", out var url) ? Path.GetFileNameWithoutExtension(url.GetString()!) : "",
                m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
                m.GetProperty("message").GetString()!,
                m.TryGetProperty("extract", out var extract) ? extract.GetString()! : "")).ToList();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // The checker reports warnings as type "info" with subType "warning", and fatal errors as "error"/"fatal"
    // or as "non-document-error" when a file could not be read.
    private static string Kind(JsonElement message) =>
        (message.GetProperty("type").GetString(), message.TryGetProperty("subType", out var sub) ? sub.GetString() : null) switch
        {
            ("info", "warning") => "warning",
            ("info", _) => "info",
            _ => "error",
        };
}
