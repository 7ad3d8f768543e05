using System.Threading.Channels;

namespace Fandom.Web.Infrastructure.Faults;

/// <summary>
/// A write a request asks for but need not wait for: a 404 counted in the editors' log, an editor's presence. Writes
/// of one batch with the same <see cref="Key"/> become one (<see cref="MergeWith"/>): a crawler's thousand misses of
/// one path are one update, a heartbeat replaces the one before it.
/// </summary>
public interface IDeferredWrite
{
    string Key { get; }

    /// <summary>This write and a later one with the same key, as one write.</summary>
    IDeferredWrite MergeWith(IDeferredWrite later);

    /// <summary>Does the write, with the services of the batch's own scope.</summary>
    Task ApplyAsync(IServiceProvider services, CancellationToken ct);
}

/// <summary>
/// Does <see cref="IDeferredWrite"/>s off the request path, in batches, so that reading a page never waits on a
/// write nor fails with one. The queue is bounded (<see cref="Capacity"/>): when it is full, or when the database
/// refuses a batch, the writes are dropped and counted in one summarised warning (<see cref="FaultLog"/>). These
/// are records of use, not anyone's work: losing some during a fault is the price of never failing a reader.
/// </summary>
public sealed class DeferredWrites(IServiceScopeFactory scopes, FaultLog faults) : BackgroundService
{
    public const int Capacity = 10_000;

    /// <summary>The most writes merged into one batch (and one unit of work).</summary>
    public const int BatchSize = 500;

    private readonly Channel<IDeferredWrite> queue = Channel.CreateBounded<IDeferredWrite>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private int unfinished;
    private TaskCompletionSource idle = NewIdle(completed: true);

    /// <summary>Queues a write; false (and counted) when the queue is full.</summary>
    public bool Enqueue(IDeferredWrite write)
    {
        lock (queue)
        {
            if (!queue.Writer.TryWrite(write))
            {
                faults.Report("Deferred write", $"the queue of {Capacity} writes is full; a {write.GetType().Name} was dropped");
                return false;
            }
            if (unfinished++ == 0) idle = NewIdle(completed: false);
        }
        return true;
    }

    /// <summary>Completes once every write queued so far has been done or dropped.</summary>
    public Task WhenIdleAsync()
    {
        lock (queue) return idle.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new Dictionary<string, IDeferredWrite>();
        while (await queue.Reader.WaitToReadAsync(stoppingToken))
        {
            var taken = 0;
            while (taken < BatchSize && queue.Reader.TryRead(out var write))
            {
                taken++;
                batch[write.Key] = batch.TryGetValue(write.Key, out var earlier) ? earlier.MergeWith(write) : write;
            }
            await ApplyAsync(batch.Values, stoppingToken);
            batch.Clear();
            lock (queue)
            {
                unfinished -= taken;
                if (unfinished == 0) idle.TrySetResult();
            }
        }
    }

    private async Task ApplyAsync(IEnumerable<IDeferredWrite> writes, CancellationToken ct)
    {
        foreach (var write in writes)
        {
            try
            {
                // A scope each: a write that failed leaves nothing tracked for the next one to save.
                await using var scope = scopes.CreateAsyncScope();
                await write.ApplyAsync(scope.ServiceProvider, ct);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                // Logged (summarised); the write is dropped, and the rest of the batch is still tried.
                faults.Report($"Deferred write ({write.GetType().Name}, dropped)", e);
            }
        }
    }

    private static TaskCompletionSource NewIdle(bool completed)
    {
        var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (completed) source.SetResult();
        return source;
    }
}
