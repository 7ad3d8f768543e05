using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Fandom.Tests.Support;
using Fandom.Web.Content;

namespace Fandom.Tests.Content;

/// <summary>Every vector of the corpus, rendered through the whole pipeline, leaves nothing that can execute.</summary>
public sealed class XssCorpusTests
{
    private static readonly ContentRenderer Renderer = new();

    private static readonly RenderContext Context = new(
        new Dictionary<int, QuoteEmbed> { [1] = new(1, "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "x", "<svg onload=alert(1)>", "javascript:alert(1)", null) },
        new Dictionary<int, MediaEmbed>(),
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Sam Reyes"] = "\"><script>alert(1)</script>" },
        "mastodon");

    private static readonly string[] ForbiddenElements =
    [
        "script", "iframe", "object", "embed", "applet", "svg", "math", "form", "style", "link", "meta", "base", "frame", "frameset",
        "textarea", "select", "option", "template", "noscript", "video", "audio", "source", "xmp", "plaintext", "isindex", "marquee",
    ];

    private static readonly string[] ForbiddenSchemes = ["javascript:", "vbscript:", "data:"];

    public static IEnumerable<object[]> Vectors() => Corpus.Vectors().Select(v => new object[] { v });

    [Fact]
    public void The_corpus_holds_at_least_150_vectors() => Assert.True(Corpus.Vectors().Count >= 150);

    [Theory]
    [MemberData(nameof(Vectors))]
    public void No_executable_content_survives(string vector)
    {
        var rendered = Renderer.Render(vector, Context);
        AssertInert(rendered.Html);
        AssertInert(rendered.FeedHtml);
    }

    private static void AssertInert(string html)
    {
        var document = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>");
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            var name = element.LocalName;
            Assert.DoesNotContain(name, ForbiddenElements);
            if (name == "input") Assert.Equal("checkbox", element.GetAttribute("type"));
            if (name == "button") Assert.Equal("button", element.GetAttribute("type"));
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{name} has {attribute.Name} in {html}");
                Assert.NotEqual("style", attribute.Name, StringComparer.OrdinalIgnoreCase);
                Assert.DoesNotContain(":", attribute.Name);
                var value = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
                foreach (var scheme in ForbiddenSchemes)
                    Assert.False(IsUrlAttribute(attribute) ? value.StartsWith(scheme) : value.Contains(scheme) && scheme != "data:",
                        $"{name}[{attribute.Name}] = {attribute.Value}");
            }
        }
    }

    private static bool IsUrlAttribute(IAttr attribute) => attribute.Name is "href" or "src" or "cite" or "srcset" or "action" or "formaction" or "poster" or "background";
}

/// <summary>The XSS fixture, shared with the browser test that loads it as a published article.</summary>
public static class Corpus
{
    public static IReadOnlyList<string> Vectors() =>
        File.ReadAllLines(Path.Combine(Paths.RepositoryRoot, "tests", "Fandom.Tests", "Content", "xss-vectors.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Replace("\\n", "\n"))
            .ToList();
}
