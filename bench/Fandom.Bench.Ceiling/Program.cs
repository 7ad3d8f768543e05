// The ceiling for the reader pages: Kestrel and a minimal API serving, from memory, the bytes and content types
// the real app produced for the same URLs (see Fandom.Bench's PageCapture). Nothing a page could do is faster.
//
//   dotnet Fandom.Bench.Ceiling.dll --urls http://127.0.0.1:5091 --pages bench/.data/pages/sqlite-1000

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var folder = builder.Configuration["pages"] ?? throw new InvalidOperationException("Pass --pages <folder with pages.tsv>.");

var pages = new Dictionary<string, (byte[] Body, string ContentType)>(StringComparer.Ordinal);
foreach (var line in File.ReadLines(Path.Combine(folder, "pages.tsv")))
{
    var fields = line.Split('\t');
    pages[fields[0]] = (File.ReadAllBytes(Path.Combine(folder, fields[2])), fields[1]);
}

var app = builder.Build();
app.MapGet("/{**path}", (HttpContext context) =>
    pages.TryGetValue(context.Request.Path.Value + context.Request.QueryString.Value, out var page)
        ? Results.Bytes(page.Body, page.ContentType)
        : Results.NotFound());
app.Run();
