using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Fandom.Tests.Support;

namespace Fandom.Tests.Areas.Editorial;

/// <summary>
/// The article editor's bundle (wwwroot/editor) is committed so the site runs without Node; it must be built from the
/// sources beside it. The build records a hash of those sources in the bundle's first line, by the recipe below.
/// </summary>
public sealed partial class EditorBundleTests
{
    private static readonly string Sources = Path.Combine(Paths.RepositoryRoot, "src", "Fandom.Editor");
    private static readonly string Bundle = Path.Combine(Paths.RepositoryRoot, "wwwroot", "editor");

    /// <summary>As build.mjs: each file's path (with /) and text (with \n line ends), in ordinal path order.</summary>
    private static string SourcesHash()
    {
        var files = new[] { "build.mjs", "package.json", "package-lock.json" }
            .Concat(Directory.EnumerateFiles(Path.Combine(Sources, "src"), "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Sources, f).Replace('\\', '/')))
            .Order(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\n"));
            hash.AppendData(Encoding.UTF8.GetBytes(File.ReadAllText(Path.Combine(Sources, file)).Replace("\r\n", "\n") + "\n"));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    [Theory]
    [InlineData("editor.js")]
    [InlineData("editor.css")]
    public void The_committed_bundle_is_built_from_the_current_sources(string file)
    {
        var firstLine = File.ReadLines(Path.Combine(Bundle, file)).First();
        var recorded = BuiltFrom().Match(firstLine);
        Assert.True(recorded.Success, $"wwwroot/editor/{file} does not say what it was built from; run `npm run build` in src/Fandom.Editor.");
        Assert.True(recorded.Groups[1].Value == SourcesHash(),
            $"wwwroot/editor/{file} is older than src/Fandom.Editor; run `npm ci && npm run build` there and commit the bundle.");
    }

    [Fact]
    public void No_hand_written_editor_script_is_left_beside_the_bundle()
    {
        var scripts = Directory.EnumerateFiles(Path.Combine(Paths.RepositoryRoot, "wwwroot", "js")).Select(Path.GetFileName).Order();
        // The media library's uploads, the hero thumbnail and the readers' video player: none of them edits text.
        Assert.Equal(["hero-picker.js", "import-progress.js", "media-upload.js", "video.js"], scripts);
    }

    [GeneratedRegex(@"from sources sha256:([0-9a-f]{64})\.")]
    private static partial Regex BuiltFrom();
}
