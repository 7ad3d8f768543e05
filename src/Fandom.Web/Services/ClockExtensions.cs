namespace Fandom.Web.Services;

public static class ClockExtensions
{
    /// <summary>
    /// "Now" as the database stores times: a UTC <see cref="DateTime"/> (SQLite cannot order
    /// <see cref="DateTimeOffset"/>), read from the injected clock so tests can move it.
    /// </summary>
    public static DateTime UtcNow(this TimeProvider time) => time.GetUtcNow().UtcDateTime;
}
