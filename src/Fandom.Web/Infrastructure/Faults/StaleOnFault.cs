namespace Fandom.Web.Infrastructure.Faults;

/// <summary>
/// The rule for the memos every page reads (the masthead's sections, the site settings, the publishing schedule)
/// when the database fails to refresh one: keep answering with what was last read, for at most <see cref="AtMost"/>,
/// and ask the database again every <see cref="RetryEvery"/>. So the error page renders whole and cached reader
/// pages keep being served through an outage, and the site is itself again moments after the database is back.
/// </summary>
public static class StaleOnFault
{
    /// <summary>How long after its last good read a memo may still be used; the reader cache keeps pages as long.</summary>
    public static readonly TimeSpan AtMost = TimeSpan.FromMinutes(10);

    /// <summary>How often the database is asked again while it fails.</summary>
    public static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(2);

    /// <summary>Whether a value read at <paramref name="readAtUtc"/> may stand in for a failed refresh of it.</summary>
    public static bool MayServe(DateTime readAtUtc, DateTime nowUtc, Exception failure) =>
        nowUtc - readAtUtc < AtMost && DatabaseFaults.Find(failure) is not null;
}
