using System.Text.RegularExpressions;
using Fandom.Tests.Support;

namespace Fandom.Tests.Services.Site;

/// <summary>
/// Addresses have one home each: reader paths are built by <c>ReaderUrls</c> and routed by the controllers' attribute
/// templates; staff links and forms come from routes through tag helpers. A literal path anywhere else is a copy
/// that a route change would miss.
/// </summary>
public sealed partial class UrlLiteralTests
{
    private static readonly string[] ReaderPaths = ["\"/articles/", "\"/category/", "\"/tag/", "\"/author/", "\"/people/"];
    private static readonly string[] StaffPaths = ["href=\"/editorial", "action=\"/editorial", "href=\"/admin", "action=\"/admin"];

    /// <summary>A route attribute on a controller or action: <c>[HttpGetOrHead("/articles/{slug}")]</c>.</summary>
    [GeneratedRegex(@"^\s*\[(\w+, )*(Http\w+|Route)\(""/")]
    private static partial Regex RouteAttribute();

    private static IEnumerable<(string File, int Line, string Text)> SourceLines(params string[] extensions) =>
        from file in Directory.EnumerateFiles(Path.Combine(Paths.RepositoryRoot, "src"), "*", SearchOption.AllDirectories)
        where extensions.Contains(Path.GetExtension(file))
        let relative = Path.GetRelativePath(Paths.RepositoryRoot, file)
        where !relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj")
        from line in File.ReadLines(file).Select((text, i) => (Text: text, Number: i + 1))
        select (relative, line.Number, line.Text);

    [Fact]
    public void Reader_paths_are_written_only_in_ReaderUrls_and_the_route_templates()
    {
        var copies = SourceLines(".cs", ".cshtml")
            .Where(l => Path.GetFileName(l.File) != "ReaderUrls.cs")
            .Where(l => ReaderPaths.Any(p => l.Text.Contains(p, StringComparison.OrdinalIgnoreCase)) && !RouteAttribute().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(copies.Count == 0, "Reader paths written out instead of built by ReaderUrls:\n" + string.Join("\n", copies));
    }

    [Fact]
    public void Staff_views_link_and_post_through_routes_not_literal_paths()
    {
        var literals = SourceLines(".cshtml")
            .Where(l => StaffPaths.Any(p => l.Text.Contains(p, StringComparison.OrdinalIgnoreCase)))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(literals.Count == 0, "Staff addresses written out instead of asp-area/asp-controller/asp-action:\n" + string.Join("\n", literals));
    }
}
