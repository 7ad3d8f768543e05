using Markdig.Parsers;
using Markdig.Syntax;

namespace Fandom.Web.Content.Markdown.Videos;

/// <summary>A <c>{{video URL}}</c> line; <see cref="Video"/> is null when the URL is not on an embeddable host.</summary>
public sealed class VideoBlock(BlockParser parser) : LeafBlock(parser)
{
    public required string Url { get; init; }
    public VideoLink? Video { get; init; }
}

public sealed class VideoParser : BlockParser
{
    public VideoParser() => OpeningCharacters = ['{'];

    public override BlockState TryOpen(BlockProcessor processor) =>
        Shortcode.Match(processor, Shortcode.Video) is { } url
            ? Shortcode.Push(processor, new VideoBlock(this) { Url = url, Video = VideoLink.Parse(url) })
            : BlockState.None;
}
