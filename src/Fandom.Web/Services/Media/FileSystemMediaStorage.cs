using System.Text.RegularExpressions;
using Fandom.Web.Options;
using Microsoft.Extensions.Options;

namespace Fandom.Web.Services.Media;

/// <summary>Media on the local file system (or a mounted volume several instances share), under <see cref="MediaOptions.StoragePath"/>.</summary>
public sealed partial class FileSystemMediaStorage(IOptions<MediaOptions> options, IWebHostEnvironment environment) : IMediaStorage
{
    private readonly string root = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.StoragePath));

    public string Root => root;

    public async Task SaveAsync(string key, ReadOnlyMemory<byte> content, CancellationToken ct = default)
    {
        var path = PathOf(key) ?? throw new ArgumentException($"Not a media key: {key}", nameof(key));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Written beside the target, then moved: a reader never sees half a file.
        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N");
        await File.WriteAllBytesAsync(temporary, content.ToArray(), ct);
        File.Move(temporary, path, overwrite: true);
    }

    public Stream? OpenRead(string key)
    {
        var path = PathOf(key);
        return path is not null && File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, useAsync: true)
            : null;
    }

    public Task DeleteAsync(string key, CancellationToken ct = default)
    {
        if (PathOf(key) is { } path) File.Delete(path);
        return Task.CompletedTask;
    }

    public bool Exists(string key) => PathOf(key) is { } path && File.Exists(path);

    /// <summary>
    /// The file a key names, or null. Keys are checked against the only shape the app makes
    /// (folders of letters and digits, one dotted file name), so "..", absolute paths and
    /// backslashes never reach the file system.
    /// </summary>
    private string? PathOf(string key)
    {
        if (!KeyShape().IsMatch(key)) return null;
        var path = Path.GetFullPath(Path.Combine(root, key));
        return path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? path : null;
    }

    [GeneratedRegex(@"^([a-z0-9]+/){0,4}[a-z0-9][a-z0-9-]*\.[a-z0-9]{2,5}$")]
    private static partial Regex KeyShape();
}
