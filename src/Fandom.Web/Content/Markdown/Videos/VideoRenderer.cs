using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Fandom.Web.Content.Markdown.Videos;

/// <summary>
/// A click-to-load player: a real button (keyboard and screen readers work) over a styled placeholder,
/// and a link to the video. Nothing is requested from the video host until the reader presses play,
/// when wwwroot/js/video.js swaps in the privacy-preserving iframe. Other URLs become a plain link.
/// </summary>
public sealed class VideoRenderer : HtmlObjectRenderer<VideoBlock>
{
    protected override void Write(HtmlRenderer renderer, VideoBlock block)
    {
        renderer.EnsureLine();
        if (block.Video is { } video)
        {
            renderer.Write($"<figure class=\"video\"><button type=\"button\" class=\"video-play\" data-video-host=\"{video.Host}\" data-video-id=\"");
            renderer.WriteEscape(video.VideoId);
            renderer.Write($"\">Play video <span class=\"video-host\">({video.HostName})</span></button><figcaption><a href=\"");
            renderer.WriteEscapeUrl(video.WatchUrl);
            renderer.WriteLine($"\">Watch on {video.HostName}</a></figcaption></figure>");
            return;
        }
        renderer.Write("<p>");
        if (QuoteFigure.IsWebUrl(block.Url))
        {
            renderer.Write("<a href=\"");
            renderer.WriteEscapeUrl(block.Url);
            renderer.Write("\">");
            renderer.WriteEscape(block.Url);
            renderer.Write("</a>");
        }
        else
        {
            renderer.WriteEscape(block.Url);
        }
        renderer.WriteLine("</p>");
    }
}
