using System.Collections.Concurrent;
using System.Text.Json;
using Fandom.Web.Options;
using Fandom.Web.Services.Site;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Fandom.Web.Infrastructure.Redis;

/// <summary>
/// Reader cache changes shared over Redis publish/subscribe. Each instance keeps its pages in its own memory (a hit
/// costs no network round trip; see docs/foundation.md, "Several instances") and hears every other instance's changes
/// on one channel. A save publishes its change and waits until every instance that received it has applied it and
/// said so on the sender's own reply channel, so the eviction holds everywhere before the save's response returns.
/// </summary>
/// <remarks>
/// An instance that cannot hear the channel is out of step (<see cref="InStep"/> false): it serves pages rendered
/// and uncached, reads memos afresh, and remembers any change it could not send. It rejoins by hearing its own probe
/// on the channel again; then it drops every page it cached before, and tells the others to drop theirs if it missed
/// sending a change, so no page cached across the outage outlives it.
/// </remarks>
public sealed class RedisReaderCacheBroadcast(
    SharedRedis redis, IOptions<RedisOptions> options, IServiceProvider services, ILogger<RedisReaderCacheBroadcast> log)
    : BackgroundService, IReaderCacheBroadcast
{
    /// <summary>How often an instance out of step tries to rejoin, and one in step checks its connection.</summary>
    public static readonly TimeSpan CheckEvery = TimeSpan.FromMilliseconds(250);

    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(2);

    /// <summary>A message on the changes channel: a change, or (no change) a probe its sender listens for.</summary>
    private sealed record Envelope(string Origin, Guid Id, ReaderCacheChange? Change);

    /// <summary>Confirmations of one sent change, counted against the receivers Redis reported.</summary>
    private sealed class Confirmations
    {
        private int received, expected = -1;
        private readonly TaskCompletionSource all = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task All => all.Task;

        public void Confirm() { Interlocked.Increment(ref received); Check(); }

        public void Expect(long receivers) { Volatile.Write(ref expected, (int)receivers); Check(); }

        private void Check()
        {
            var want = Volatile.Read(ref expected);
            if (want >= 0 && Volatile.Read(ref received) >= want) all.TrySetResult();
        }

        public int Received => Volatile.Read(ref received);
    }

    private readonly string instance = Guid.NewGuid().ToString("N");
    private readonly ConcurrentDictionary<Guid, Confirmations> sent = new();
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource> probes = new();
    private ReaderCacheInvalidation? invalidation;
    private ChannelMessageQueue? changesQueue, confirmationsQueue;
    private volatile bool inStep;
    private int missedSend;

    public bool InStep => inStep;

    private RedisChannel ChangesChannel => RedisChannel.Literal(redis.Name("reader-cache:changes"));

    private RedisChannel ConfirmationsChannel(string origin) => RedisChannel.Literal(redis.Name($"reader-cache:applied:{origin}"));

    // Resolved late: the invalidation sends through this broadcast, and this broadcast applies what others send through it.
    private ReaderCacheInvalidation Invalidation => invalidation ??= services.GetRequiredService<ReaderCacheInvalidation>();

    public async ValueTask SendAsync(ReaderCacheChange change, CancellationToken ct = default)
    {
        if (!inStep)
        {
            Volatile.Write(ref missedSend, 1);
            return;
        }
        var id = Guid.NewGuid();
        var confirmations = sent[id] = new Confirmations();
        try
        {
            // Every subscriber receives it, this instance included (it confirms at once, without a round trip).
            var receivers = await redis.Connection.GetSubscriber().PublishAsync(ChangesChannel, Serialize(new Envelope(instance, id, change)));
            confirmations.Expect(receivers);
            var timeout = TimeSpan.FromSeconds(options.Value.EvictionConfirmSeconds);
            if (await Task.WhenAny(confirmations.All, Task.Delay(timeout, ct)) != confirmations.All)
                log.LogWarning("Only {Confirmed} of {Receivers} instances confirmed a reader cache change within {Timeout}.",
                    confirmations.Received, receivers, timeout);
        }
        catch (Exception e) when (e is RedisException or RedisTimeoutException)
        {
            // The save stands; the other instances hear "everything changed" once this one is back in step.
            Volatile.Write(ref missedSend, 1);
            FallOutOfStep("a change could not be sent", e);
        }
        finally
        {
            sent.TryRemove(id, out _);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        redis.Connection.ConnectionFailed += (_, e) => FallOutOfStep($"the {e.ConnectionType} connection failed ({e.FailureType})", e.Exception);
        while (!stopping.IsCancellationRequested)
        {
            if (!inStep) await TryRejoinAsync(stopping);
            else if (!redis.IsConnected) FallOutOfStep("Redis is unreachable", null);
            try
            {
                await Task.Delay(CheckEvery, stopping);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private void FallOutOfStep(string reason, Exception? error)
    {
        if (!inStep) return;
        inStep = false;
        log.LogWarning(error, "Reader cache out of step with the other instances: {Reason}. Pages are served uncached until Redis answers again.", reason);
    }

    /// <summary>
    /// Subscribes (once; the client resubscribes after a reconnect by itself), then proves the channel works by hearing
    /// a probe of its own. Only then are the pages cached before dropped and caching resumed.
    /// </summary>
    private async Task TryRejoinAsync(CancellationToken stopping)
    {
        if (!redis.IsConnected) return;
        try
        {
            var subscriber = redis.Connection.GetSubscriber();
            if (changesQueue is null)
            {
                changesQueue = await subscriber.SubscribeAsync(ChangesChannel);
                changesQueue.OnMessage(OnChangeAsync);
            }
            if (confirmationsQueue is null)
            {
                confirmationsQueue = await subscriber.SubscribeAsync(ConfirmationsChannel(instance));
                confirmationsQueue.OnMessage(OnConfirmation);
            }

            var id = Guid.NewGuid();
            var heard = probes[id] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            try
            {
                await subscriber.PublishAsync(ChangesChannel, Serialize(new Envelope(instance, id, null)));
                if (await Task.WhenAny(heard.Task, Task.Delay(ProbeTimeout, stopping)) != heard.Task)
                {
                    // Subscribed but deaf: subscribe afresh on the next try.
                    await ResubscribeAsync();
                    return;
                }
            }
            finally
            {
                probes.TryRemove(id, out _);
            }

            await Invalidation.ApplyAsync(ReaderCacheChange.Everything(), stopping);
            inStep = true;
            if (Interlocked.Exchange(ref missedSend, 0) == 1)
                await SendAsync(ReaderCacheChange.Everything(), stopping);
            log.LogInformation("Reader cache in step with the other instances through Redis.");
        }
        catch (Exception e) when (e is RedisException or RedisTimeoutException)
        {
            log.LogDebug(e, "Redis not answering yet.");
        }
    }

    private async Task ResubscribeAsync()
    {
        foreach (var queue in new[] { changesQueue, confirmationsQueue })
            if (queue is not null) await queue.UnsubscribeAsync();
        changesQueue = confirmationsQueue = null;
    }

    private async Task OnChangeAsync(ChannelMessage message)
    {
        var envelope = Deserialize(message.Message);
        if (envelope is null) return;
        if (envelope.Origin == instance)
        {
            if (envelope.Change is null) probes.GetValueOrDefault(envelope.Id)?.TrySetResult();
            else sent.GetValueOrDefault(envelope.Id)?.Confirm();
            return;
        }
        if (envelope.Change is null) return;
        await Invalidation.ApplyAsync(envelope.Change);
        try
        {
            await redis.Connection.GetSubscriber().PublishAsync(ConfirmationsChannel(envelope.Origin), envelope.Id.ToString());
        }
        catch (Exception e) when (e is RedisException or RedisTimeoutException)
        {
            // Applied here; the sender waits out its timeout and logs the missing confirmation.
            FallOutOfStep("a confirmation could not be sent", e);
        }
    }

    private void OnConfirmation(ChannelMessage message)
    {
        if (Guid.TryParse(message.Message.ToString(), out var id)) sent.GetValueOrDefault(id)?.Confirm();
    }

    private static string Serialize(Envelope envelope) => JsonSerializer.Serialize(envelope, JsonSerializerOptions.Web);

    private Envelope? Deserialize(RedisValue value)
    {
        try
        {
            return JsonSerializer.Deserialize<Envelope>(value.ToString(), JsonSerializerOptions.Web);
        }
        catch (JsonException e)
        {
            log.LogError(e, "A reader cache message could not be read.");
            return null;
        }
    }
}
