using System.Runtime.InteropServices;

namespace Fandom.Web.Infrastructure;

/// <summary>Hands memory that start-up or a burst of requests used, and no reader needs now, back to the operating system.</summary>
public static class ProcessMemory
{
    /// <summary>
    /// Compacts the managed heap, runs the finalizers that free native handles (SQLite statements, Skia images),
    /// then trims the C allocator. glibc keeps what native code freed in its arenas for reuse and returns little of
    /// it by itself, so a start-up that re-renders articles or draws and encodes the demo posters would otherwise
    /// keep tens of megabytes resident that nothing touches again.
    /// </summary>
    public static void ReleaseUnused()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        TrimNativeHeap();
    }

    /// <summary>
    /// From now on, trims the C allocator after a full collection, at most once every <see cref="TrimInterval"/>: what
    /// SQLite's connections, the JIT and Kestrel's native side freed under load goes back once the load is over. Under
    /// load full collections come several a second, and trimming after each one cost the article page a quarter of its
    /// throughput (the trim, and faulting the pages in again), so a busy server trims rarely and an idle one soon.
    /// </summary>
    public static void TrimAfterFullCollections()
    {
        // One per process: a test host starts the app many times.
        if (OperatingSystem.IsLinux() && Interlocked.Exchange(ref trimming, 1) == 0) _ = new FullCollectionCallback();
    }

    /// <summary>
    /// From now on, hands back what a burst of requests left committed once the burst is over. The collector keeps the
    /// heap it grew under load (tens of megabytes at 32 concurrent renders) for the next burst, which a quiet site may
    /// not see for hours. Every <see cref="IdleCheckInterval"/> the allocation counter is read (<see cref="BurstEnd"/>), and
    /// once a burst is over memory is released as after start-up (<see cref="ReleaseUnused"/>). That is one blocking
    /// collection of the live heap per burst; cached pages allocate almost nothing, so a site serving them counts as quiet.
    /// The first requests after start-up are a burst of their own however small: they compile the queries and views
    /// the site serves, once, and leave that garbage in a heap that otherwise has no reason to collect for hours.
    /// </summary>
    public static void ReleaseAfterBursts()
    {
        // One per process, as above; the timer lives as long as the process.
        if (Interlocked.Exchange(ref releasing, 1) != 0) return;
        var bursts = new BurstEnd(QuietBytes, BurstBytes, FirstBurstBytes, GC.GetTotalAllocatedBytes());
        idleCheck = new Timer(_ =>
        {
            // A timer's callbacks may overlap when one runs long; a reading waits for the release before it.
            lock (bursts)
            {
                if (!bursts.IsOver(GC.GetTotalAllocatedBytes())) return;
                ReleaseUnused();
                bursts.Released(GC.GetTotalAllocatedBytes());
            }
        }, null, IdleCheckInterval, IdleCheckInterval);
    }

    private static readonly TimeSpan IdleCheckInterval = TimeSpan.FromSeconds(5);

    private const long QuietBytes = 2L << 20, BurstBytes = 128L << 20, FirstBurstBytes = 1L << 20;

    private static int releasing;

    private static Timer? idleCheck;

    private static readonly TimeSpan TrimInterval = TimeSpan.FromSeconds(10);

    private static int trimming;

    private static long lastTrimTicks;

    /// <summary>
    /// Unreachable from the start, so its finalizer runs after each collection of the generation it is in (the pattern
    /// <c>ArrayPool.Shared</c> trims itself with); once it has aged into gen 2, only full collections run it.
    /// </summary>
    private sealed class FullCollectionCallback
    {
        ~FullCollectionCallback()
        {
            if (Environment.HasShutdownStarted) return;
            var now = Environment.TickCount64;
            if (GC.GetGeneration(this) == GC.MaxGeneration && now - lastTrimTicks >= TrimInterval.TotalMilliseconds)
            {
                lastTrimTicks = now;
                TrimNativeHeap();
            }
            GC.ReRegisterForFinalize(this);
        }
    }

    private static void TrimNativeHeap()
    {
        if (!OperatingSystem.IsLinux()) return;
        try
        {
            malloc_trim(0);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // musl (Alpine) has no malloc_trim.
        }
    }

    // "libc" is the runtime's name for the platform C library (libc.so.6 on glibc).
    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int malloc_trim(nuint pad);
}

/// <summary>
/// Tells from readings of the allocation counter, one per interval, when a burst of work is over: the last interval
/// allocated less than <paramref name="quietBytes"/>, and at least <paramref name="burstBytes"/> were allocated since the
/// last release, or <paramref name="firstBurstBytes"/> since <paramref name="allocatedAtStart"/> before the first one.
/// Not thread-safe: its reader locks it.
/// </summary>
public sealed class BurstEnd(long quietBytes, long burstBytes, long firstBurstBytes, long allocatedAtStart = 0)
{
    private long atLastReading = allocatedAtStart, atLastRelease = allocatedAtStart;
    private bool releasedBefore;

    public bool IsOver(long allocated)
    {
        var quiet = allocated - atLastReading < quietBytes;
        atLastReading = allocated;
        return quiet && allocated - atLastRelease >= (releasedBefore ? burstBytes : firstBurstBytes);
    }

    /// <summary>Memory was released; the next burst counts from <paramref name="allocated"/>.</summary>
    public void Released(long allocated)
    {
        atLastRelease = atLastReading = allocated;
        releasedBefore = true;
    }
}
