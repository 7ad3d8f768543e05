using System.Runtime.InteropServices;

namespace Fandom.Web.Infrastructure;

/// <summary>Hands memory that start-up used and no reader needs back to the operating system.</summary>
public static class ProcessMemory
{
    /// <summary>
    /// Compacts the managed heap, runs the finalizers that free native handles (SQLite statements, Skia images),
    /// then trims the C allocator. glibc keeps what native code freed in its arenas for reuse and returns little of
    /// it by itself, so a start-up that re-renders articles or draws and encodes the demo posters would otherwise
    /// keep tens of megabytes resident that nothing touches again.
    /// </summary>
    public static void ReleaseAfterStartup()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        TrimNativeHeap();
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
