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

    /// <summary>
    /// The classes the dialect emits (SanitizerPolicy's list, and the feed's two notices, added after it), written out so
    /// that a change to it is a decision.
    /// </summary>
    private static readonly string[] DialectClasses =
    [
        "quote", "quote-speaker", "spoiler", "video", "video-play", "video-host", "image", "credit", "handle",
        "contains-task-list", "task-list-item", "task-list-item-checkbox", "spoiler-notice", "video-link",
    ];

    private static void AssertInert(string html)
    {
        var document = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>");
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            var name = element.LocalName;
            // Nothing to clobber the page with: ids only on headings, namespaced; no names at all.
            if (element.GetAttribute("id") is { } id)
                Assert.True(name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" && id.StartsWith(SanitizerPolicy.SectionPrefix), $"{name} keeps id {id} in {html}");
            Assert.False(element.HasAttribute("name"), $"{name} keeps a name in {html}");
            // Nothing dressed as the site's own UI.
            foreach (var token in element.ClassList)
                Assert.True(DialectClasses.Contains(token) || (name == "code" && token.StartsWith("language-")), $"{name} keeps class {token} in {html}");
            // Nothing fetched from another site.
            if (name is "img" or "source")
                foreach (var url in new[] { element.GetAttribute("src") }.Concat((element.GetAttribute("srcset") ?? "").Split(',').Select(c => c.Trim().Split(' ')[0])))
                    Assert.True(string.IsNullOrEmpty(url) || (url.StartsWith("/media/") && !url.Contains('\\')), $"{name} loads {url} in {html}");
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
