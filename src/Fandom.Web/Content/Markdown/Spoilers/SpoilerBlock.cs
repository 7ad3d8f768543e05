using Markdig.Extensions.CustomContainers;
using Markdig.Parsers;

namespace Fandom.Web.Content.Markdown.Spoilers;

/// <summary>A <c>:::spoiler Title</c> … <c>:::</c> block; its title is the fence's arguments.</summary>
public sealed class SpoilerBlock(BlockParser parser) : CustomContainer(parser)
{
    public string Title => Arguments?.Trim() ?? "";
}

/// <summary>Opens only on <c>:::spoiler</c>; other <c>:::</c> fences stay ordinary text.</summary>
public sealed class SpoilerParser : FencedBlockParserBase<SpoilerBlock>
{
    public SpoilerParser()
    {
        OpeningCharacters = [':'];
        InfoPrefix = null;
        InfoParser = (BlockProcessor state, ref Markdig.Helpers.StringSlice line, Markdig.Syntax.IFencedBlock fenced, char opening) =>
            DefaultInfoParser(state, ref line, fenced, opening) && string.Equals(fenced.Info, "spoiler", StringComparison.OrdinalIgnoreCase);
    }

    protected override SpoilerBlock CreateFencedBlock(BlockProcessor processor) => new(this);
}
