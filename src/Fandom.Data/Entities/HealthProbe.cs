namespace Fandom.Data.Entities;

/// <summary>
/// The one row the health check writes on every probe, so that "healthy" means the database accepts a write,
/// not only that a connection opens (a full disk or a read-only file still answers reads).
/// </summary>
public class HealthProbe
{
    public const int RowId = 1;

    public int Id { get; set; }
    public DateTime CheckedAtUtc { get; set; }
}
