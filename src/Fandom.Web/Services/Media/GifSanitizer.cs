namespace Fandom.Web.Services.Media;

/// <summary>
/// Copies a GIF without the blocks that can carry metadata: comment, plain-text and application
/// extensions (XMP lives in one), keeping only the NETSCAPE2.0 loop count so animations still loop.
/// Skia cannot encode GIF, so this keeps animated GIFs animated and metadata-free at once.
/// </summary>
public static class GifSanitizer
{
    private const byte ExtensionIntroducer = 0x21, ImageSeparator = 0x2C, Trailer = 0x3B;
    private const byte GraphicControl = 0xF9, Application = 0xFF;

    /// <summary>The cleaned GIF, or null when the block structure is broken.</summary>
    public static byte[]? Clean(ReadOnlySpan<byte> gif)
    {
        if (gif.Length < 13) return null;
        var output = new MemoryStream(gif.Length);
        var flags = gif[10];
        var headerLength = 13 + ((flags & 0x80) != 0 ? 3 << ((flags & 0x07) + 1) : 0);
        if (gif.Length < headerLength) return null;
        output.Write(gif[..headerLength]);

        var at = headerLength;
        while (at < gif.Length)
        {
            var start = at;
            switch (gif[at])
            {
                case Trailer:
                    output.WriteByte(Trailer);
                    return output.ToArray();
                case ImageSeparator:
                    if (at + 10 > gif.Length) return null;
                    var local = gif[at + 9];
                    at += 10 + ((local & 0x80) != 0 ? 3 << ((local & 0x07) + 1) : 0);
                    at += 1; // LZW minimum code size
                    if (!SkipSubBlocks(gif, ref at)) return null;
                    output.Write(gif[start..at]);
                    break;
                case ExtensionIntroducer:
                    if (at + 2 > gif.Length) return null;
                    var label = gif[at + 1];
                    at += 2;
                    var isLoop = label == Application && at + 12 <= gif.Length && gif.Slice(at + 1, 11).SequenceEqual("NETSCAPE2.0"u8);
                    if (!SkipSubBlocks(gif, ref at)) return null;
                    if (label == GraphicControl || isLoop) output.Write(gif[start..at]);
                    break;
                default:
                    return null;
            }
        }
        return null;
    }

    private static bool SkipSubBlocks(ReadOnlySpan<byte> gif, ref int at)
    {
        while (at < gif.Length)
        {
            var size = gif[at];
            at += 1 + size;
            if (size == 0) return at <= gif.Length;
        }
        return false;
    }
}
