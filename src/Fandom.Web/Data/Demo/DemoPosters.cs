using Fandom.Web.Services;
using Fandom.Web.Services.Media;
using SkiaSharp;

namespace Fandom.Web.Data.Demo;

/// <summary>
/// Original poster art for the demo newsroom, drawn at first run (bold gradients and shapes, nothing
/// copied), uploaded through the real media pipeline so demo heroes have every derived size.
/// </summary>
public static class DemoPosters
{
    public enum Motif { Lanterns, Pages, Petals, Waves, Confetti, Stripes, Screens, Rings }

    public sealed record Poster(string AltText, string Caption, Motif Motif, uint From, uint To, uint Accent);

    /// <summary>One per demo article, in the order of <see cref="DemoNewsroom.Articles"/>.</summary>
    public static readonly Poster[] All =
    [
        new("Glowing paper lanterns rising over a violet night sky", "Lanterns over the night market, as the trailer opens.", Motif.Lanterns, 0xFF141B4D, 0xFF6B2FA3, 0xFFFFC24B),
        new("Stacked book spines in teal and indigo", "Eleven years of a word-of-mouth favourite.", Motif.Pages, 0xFF0F5C63, 0xFF2A2E7A, 0xFFF4E9D8),
        new("Marigold flowers blooming on a pink and orange field", "From webcomic panels to animation cels.", Motif.Petals, 0xFFFF7A3D, 0xFFE83E8C, 0xFFFFE066),
        new("Rolling blue waves under a pale sky", "Season two returns to the harbour.", Motif.Waves, 0xFF0B3D6B, 0xFF22A6B3, 0xFFE8FBFF),
        new("Bright confetti falling across a convention hall banner", "Queues, cosplay and a great deal of glitter.", Motif.Confetti, 0xFFB5179E, 0xFFF77F00, 0xFFFFFFFF),
        new("Diagonal stripes of green and yellow like highlighted text", "Fans rewrote the story first.", Motif.Stripes, 0xFF1B7F4B, 0xFFE9C46A, 0xFF0D2B1E),
        new("Rows of glowing television screens in autumn colours", "Seven premieres for the season ahead.", Motif.Screens, 0xFF7A2E0E, 0xFFF4A259, 0xFFFFF3E0),
        new("Concentric rose and purple rings like a mended heart", "The sad ending, refused.", Motif.Rings, 0xFF3C1A5B, 0xFFE05780, 0xFFFFD6E0),
    ];

    public const string Credit = "Fandom Studio";

    /// <summary>Draws and uploads every poster; returns the media ids in order.</summary>
    public static async Task<List<int>> UploadAsync(MediaUploader uploader, Actor actor, CancellationToken ct)
    {
        var ids = new List<int>();
        for (var i = 0; i < All.Length; i++)
        {
            var poster = All[i];
            using var content = new MemoryStream(Draw(poster, seed: i));
            var result = await uploader.UploadAsync(content, content.Length, $"poster-{i + 1}.jpg",
                new MediaDetails(poster.AltText, poster.Caption, Credit), actor, ct);
            ids.Add(result.Id ?? throw new InvalidOperationException($"Demo poster {i + 1} was refused: {result.Refusal?.Error}"));
        }
        return ids;
    }

    /// <summary>
    /// A 960 × 540 JPEG: enough for the article column, and small enough that the first run stays quick
    /// (WebP encoding dominates the cost, and at this size only one derived width, 480, is made).
    /// </summary>
    public static byte[] Draw(Poster poster, int seed, int width = 960, int height = 540)
    {
        var random = new Random(seed);
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        // The motifs are laid out on a 1200 × 675 board and scaled to the size asked for.
        canvas.Scale(width / 1200f, height / 675f);
        (width, height) = (1200, 675);
        using (var background = new SKPaint())
        {
            background.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height),
                [new SKColor(poster.From), new SKColor(poster.To)], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, width, height, background);
        }
        using var paint = new SKPaint { IsAntialias = true, Color = new SKColor(poster.Accent) };
        switch (poster.Motif)
        {
            case Motif.Lanterns:
                for (var n = 0; n < 14; n++)
                {
                    var (x, y, r) = (random.Next(width), random.Next(height), 14 + random.Next(40));
                    using var glow = new SKPaint { IsAntialias = true };
                    glow.Shader = SKShader.CreateRadialGradient(new SKPoint(x, y), r * 2.2f,
                        [new SKColor(poster.Accent), new SKColor(poster.Accent).WithAlpha(0)], SKShaderTileMode.Clamp);
                    canvas.DrawCircle(x, y, r * 2.2f, glow);
                    canvas.DrawRoundRect(x - r * 0.6f, y - r, r * 1.2f, r * 2, r * 0.4f, r * 0.4f, paint);
                }
                break;
            case Motif.Pages:
                for (var n = 0; n < 18; n++)
                {
                    paint.Color = new SKColor(poster.Accent).WithAlpha((byte)(120 + random.Next(135)));
                    var w = 40 + random.Next(30);
                    var h = 260 + random.Next(200);
                    canvas.DrawRect(80 + n * 58, height - h - 60, w, h, paint);
                }
                break;
            case Motif.Petals:
                for (var n = 0; n < 9; n++)
                {
                    var (cx, cy) = (random.Next(width), random.Next(height));
                    for (var p = 0; p < 10; p++)
                    {
                        canvas.Save();
                        canvas.RotateDegrees(p * 36, cx, cy);
                        paint.Color = new SKColor(poster.Accent).WithAlpha(200);
                        canvas.DrawOval(cx, cy - 34, 14, 34, paint);
                        canvas.Restore();
                    }
                    paint.Color = new SKColor(poster.From);
                    canvas.DrawCircle(cx, cy, 14, paint);
                }
                break;
            case Motif.Waves:
                paint.Style = SKPaintStyle.Stroke;
                for (var n = 0; n < 9; n++)
                {
                    paint.StrokeWidth = 6 + n;
                    paint.Color = new SKColor(poster.Accent).WithAlpha((byte)(60 + n * 20));
                    paint.StrokeCap = SKStrokeCap.Round;
                    var baseline = 220 + n * 50;
                    float Y(int x) => baseline + (float)Math.Sin((x + n * 40) / 90.0) * (18 + n * 3);
                    for (var x = 0; x < width; x += 10)
                        canvas.DrawLine(x, Y(x), x + 10, Y(x + 10), paint);
                }
                break;
            case Motif.Confetti:
                for (var n = 0; n < 160; n++)
                {
                    paint.Color = new SKColor((uint)(0xFF000000 | (uint)random.Next(0x404040, 0xFFFFFF)));
                    canvas.Save();
                    canvas.RotateDegrees(random.Next(180), random.Next(width), random.Next(height));
                    canvas.DrawRect(random.Next(width), random.Next(height), 10 + random.Next(14), 6, paint);
                    canvas.Restore();
                }
                break;
            case Motif.Stripes:
                canvas.Save();
                canvas.RotateDegrees(-24, width / 2f, height / 2f);
                for (var n = -8; n < 18; n++)
                {
                    paint.Color = new SKColor(poster.Accent).WithAlpha((byte)(n % 2 == 0 ? 90 : 40));
                    canvas.DrawRect(-400, n * 60, width + 800, 28, paint);
                }
                canvas.Restore();
                break;
            case Motif.Screens:
                for (var row = 0; row < 3; row++)
                for (var col = 0; col < 5; col++)
                {
                    paint.Color = new SKColor(poster.Accent).WithAlpha((byte)(90 + random.Next(165)));
                    canvas.DrawRoundRect(90 + col * 210, 90 + row * 180, 180, 130, 14, 14, paint);
                }
                break;
            case Motif.Rings:
                paint.Style = SKPaintStyle.Stroke;
                for (var n = 1; n < 14; n++)
                {
                    paint.StrokeWidth = 10;
                    paint.Color = new SKColor(poster.Accent).WithAlpha((byte)(255 - n * 16));
                    canvas.DrawCircle(width * 0.62f, height * 0.5f, n * 34, paint);
                }
                break;
        }
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }
}
