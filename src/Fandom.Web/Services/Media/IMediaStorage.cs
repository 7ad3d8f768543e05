namespace Fandom.Web.Services.Media;

/// <summary>Where media files live, by storage key (e.g. "2026/11/ab12cd.jpg"). Keys are made by the app, never by uploaders.</summary>
public interface IMediaStorage
{
    Task SaveAsync(string key, ReadOnlyMemory<byte> content, CancellationToken ct = default);

    /// <summary>The file for reading, or null when there is none (or the key is not a valid key).</summary>
    Stream? OpenRead(string key);

    Task DeleteAsync(string key, CancellationToken ct = default);

    bool Exists(string key);
}
