using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace Fandom.Tests.Support;

/// <summary>
/// Real image files made in code: drawn with SkiaSharp, with metadata written into the bytes by hand
/// (Skia's encoders write none), plus the hostile files an upload must refuse.
/// </summary>
public static class TestImages
{
    /// <summary>The GPS latitude reference written into the JPEG's EXIF, searched for after upload.</summary>
    public const string GpsMarker = "FANDOM-GPS-SECRET";
    public const string TextMarker = "FANDOM-TEXT-SECRET";

    public static SKBitmap Drawing(int width, int height)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        using var paint = new SKPaint { IsAntialias = true };
        paint.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height),
            [SKColors.MidnightBlue, SKColors.Orange], SKShaderTileMode.Clamp);
        canvas.DrawRect(0, 0, width, height, paint);
        paint.Shader = null;
        paint.Color = SKColors.White;
        canvas.DrawCircle(width / 2f, height / 2f, Math.Min(width, height) / 4f, paint);
        return bitmap;
    }

    public static byte[] Encode(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = Drawing(width, height);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>A JPEG carrying an APP1 Exif segment (little-endian TIFF) whose GPS IFD holds <see cref="GpsMarker"/>.</summary>
    public static byte[] JpegWithGps(int width, int height)
    {
        var jpeg = Encode(width, height, SKEncodedImageFormat.Jpeg);
        var tiff = new List<byte>();
        void U16(int v) { tiff.Add((byte)v); tiff.Add((byte)(v >> 8)); }
        void U32(int v) { U16(v & 0xFFFF); U16(v >> 16); }
        var marker = Encoding.ASCII.GetBytes(GpsMarker + "\0");
        // Header, IFD0 at 8 with one entry (GPS IFD pointer), then the GPS IFD with one ASCII entry.
        tiff.AddRange("II"u8.ToArray()); U16(42); U32(8);
        U16(1); U16(0x8825); U16(4); U32(1); U32(26); U32(0);     // IFD0: 2 + 12 + 4 bytes → ends at 26
        U16(1); U16(0x0001); U16(2); U32(marker.Length); U32(44); U32(0); // GPS IFD at 26 → ends at 44
        tiff.AddRange(marker);
        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var segment = new List<byte> { 0xFF, 0xE1, (byte)((payload.Length + 2) >> 8), (byte)(payload.Length + 2) };
        segment.AddRange(payload);
        // Right after SOI, where cameras put it.
        return jpeg.Take(2).Concat(segment).Concat(jpeg.Skip(2)).ToArray();
    }

    /// <summary>A JPEG whose EXIF says "rotate 90° clockwise to display" (orientation 6), as phones write portrait photos.</summary>
    public static byte[] JpegRotatedByExif(int storedWidth, int storedHeight)
    {
        var jpeg = Encode(storedWidth, storedHeight, SKEncodedImageFormat.Jpeg);
        byte[] tiff =
        [
            (byte)'I', (byte)'I', 42, 0, 8, 0, 0, 0,
            1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, 6, 0, 0, 0, // one entry: Orientation (SHORT) = 6
            0, 0, 0, 0,
        ];
        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        byte[] segment = [0xFF, 0xE1, (byte)((payload.Length + 2) >> 8), (byte)(payload.Length + 2), .. payload];
        return [.. jpeg.Take(2), .. segment, .. jpeg.Skip(2)];
    }

    /// <summary>A PNG with a tEXt chunk holding <see cref="TextMarker"/> before its image data.</summary>
    public static byte[] PngWithText(int width, int height)
    {
        var png = Encode(width, height, SKEncodedImageFormat.Png);
        var chunk = Chunk("tEXt", Encoding.ASCII.GetBytes("Comment\0" + TextMarker));
        const int afterIhdr = 8 + 25;
        return png.Take(afterIhdr).Concat(chunk).Concat(png.Skip(afterIhdr)).ToArray();
    }

    /// <summary>
    /// A valid-looking PNG header claiming 30,000 × 30,000 RGBA pixels (3.6 GB decoded) with a few bytes
    /// of compressed data: only the header's promise, which must be refused before any pixel is allocated.
    /// </summary>
    public static byte[] PngBomb(int width = 30_000, int height = 30_000)
    {
        using var deflated = new MemoryStream();
        using (var z = new ZLibStream(deflated, CompressionLevel.SmallestSize, leaveOpen: true))
            z.Write(new byte[4096]);
        return Png(width, height, colourType: 6, deflated.ToArray()); // 8-bit RGBA
    }

    /// <summary>
    /// A whole, valid PNG of <paramref name="width"/> × <paramref name="height"/> black grey-scale pixels: every row is
    /// zeros, which deflate squeezes about a thousandfold, so 7000 × 7000 is a file of some 48 KB that decodes to 196 MB
    /// of RGBA. Unlike <see cref="PngBomb"/> it decodes in full, so only a pixel limit read from the header stops it.
    /// </summary>
    public static byte[] PngOfNothing(int width, int height)
    {
        using var deflated = new MemoryStream();
        using (var z = new ZLibStream(deflated, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var row = new byte[1 + width]; // filter type 0, then the pixels
            for (var y = 0; y < height; y++) z.Write(row);
        }
        return Png(width, height, colourType: 0, deflated.ToArray()); // 8-bit grey
    }

    /// <summary>A PNG of one IDAT chunk: 8 bits a sample, deflate, no filter method, not interlaced.</summary>
    private static byte[] Png(int width, int height, byte colourType, byte[] idat)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; ihdr[9] = colourType;
        return new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }
            .Concat(Chunk("IHDR", ihdr)).Concat(Chunk("IDAT", idat)).Concat(Chunk("IEND", [])).ToArray();
    }

    /// <summary>
    /// A GIF drawn by hand (Skia has no GIF encoder): two colours, uncompressed LZW (a clear code before
    /// every pixel keeps codes 3 bits wide), plus a comment extension holding <see cref="TextMarker"/>.
    /// </summary>
    public static byte[] GifWithComment(int width, int height)
    {
        var gif = new List<byte>();
        gif.AddRange("GIF89a"u8.ToArray());
        gif.AddRange([(byte)width, (byte)(width >> 8), (byte)height, (byte)(height >> 8), 0x80, 0, 0]);
        gif.AddRange([0xFF, 0x66, 0x00, 0x20, 0x10, 0x60]); // orange, deep blue
        var comment = Encoding.ASCII.GetBytes(TextMarker);
        gif.AddRange([0x21, 0xFE, (byte)comment.Length]); gif.AddRange(comment); gif.Add(0);
        gif.AddRange([0x2C, 0, 0, 0, 0, (byte)width, (byte)(width >> 8), (byte)height, (byte)(height >> 8), 0, 2]);

        var bits = new List<bool>();
        void Code(int code) { for (var b = 0; b < 3; b++) bits.Add(((code >> b) & 1) == 1); }
        for (var y = 0; y < height; y++)
        for (var x = 0; x < width; x++)
        {
            Code(4);
            Code((x / 8 + y / 8) % 2);
        }
        Code(5);
        var data = new byte[(bits.Count + 7) / 8];
        for (var i = 0; i < bits.Count; i++) if (bits[i]) data[i / 8] |= (byte)(1 << (i % 8));
        for (var at = 0; at < data.Length; at += 255)
        {
            var size = Math.Min(255, data.Length - at);
            gif.Add((byte)size);
            gif.AddRange(data.AsSpan(at, size).ToArray());
        }
        gif.Add(0);
        gif.Add(0x3B);
        return gif.ToArray();
    }

    public static byte[] SvgWithScript() => Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"100\">" +
        "<script>alert(document.cookie)</script><circle cx=\"50\" cy=\"50\" r=\"40\"/></svg>");

    public static bool Contains(byte[] haystack, string needle) =>
        haystack.AsSpan().IndexOf(Encoding.ASCII.GetBytes(needle)) >= 0;

    private static byte[] Chunk(string type, byte[] data)
    {
        var typeBytes = Encoding.ASCII.GetBytes(type);
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        typeBytes.CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }

    /// <summary>The CRC-32 (ISO-HDLC) that PNG chunks carry over their type and data.</summary>
    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
