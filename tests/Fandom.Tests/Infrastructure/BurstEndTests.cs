using Fandom.Web.Infrastructure;

namespace Fandom.Tests.Infrastructure;

/// <summary>
/// When the app hands memory back after a load: readings of the allocation counter, one per interval, say a burst is
/// over only once an interval was quiet after enough work, and never twice for the same burst.
/// </summary>
public sealed class BurstEndTests
{
    private const long MiB = 1 << 20;

    [Fact]
    public void A_quiet_interval_after_a_burst_ends_it_once()
    {
        var bursts = new BurstEnd(quietBytes: 2 * MiB, burstBytes: 128 * MiB, firstBurstBytes: 128 * MiB);

        Assert.False(bursts.IsOver(100 * MiB)); // busy: 100 MiB in the interval
        Assert.False(bursts.IsOver(200 * MiB)); // still busy
        Assert.True(bursts.IsOver(201 * MiB));  // quiet, after 201 MiB since the start

        bursts.Released(201 * MiB);
        Assert.False(bursts.IsOver(201 * MiB)); // quiet, but nothing to hand back since the release
        Assert.False(bursts.IsOver(202 * MiB));
    }

    [Fact]
    public void A_site_that_stays_busy_is_not_interrupted_and_one_that_does_little_releases_once_its_work_adds_up()
    {
        var busy = new BurstEnd(quietBytes: 2 * MiB, burstBytes: 128 * MiB, firstBurstBytes: 128 * MiB);
        for (long allocated = 50 * MiB; allocated < 2000 * MiB; allocated += 50 * MiB)
            Assert.False(busy.IsOver(allocated));

        var light = new BurstEnd(quietBytes: 2 * MiB, burstBytes: 128 * MiB, firstBurstBytes: 128 * MiB);
        for (long allocated = MiB; allocated < 100 * MiB; allocated += MiB)
            Assert.False(light.IsOver(allocated)); // quiet throughout, but under 128 MiB in all
        Assert.False(light.IsOver(130 * MiB)); // 31 MiB in one interval: busy
        Assert.True(light.IsOver(131 * MiB));  // quiet again, and 131 MiB since the start
    }

    [Fact]
    public void The_first_requests_after_start_up_end_a_burst_however_little_they_allocate_and_later_bursts_must_add_up()
    {
        // 300 MiB allocated by start-up itself, which released its own memory.
        var bursts = new BurstEnd(quietBytes: 2 * MiB, burstBytes: 128 * MiB, firstBurstBytes: 1 * MiB, allocatedAtStart: 300 * MiB);

        Assert.False(bursts.IsOver(300 * MiB)); // nothing since start-up
        Assert.False(bursts.IsOver(300 * MiB + MiB / 2)); // half a MiB: not yet
        Assert.True(bursts.IsOver(301 * MiB + MiB / 2)); // the first pages compiled their queries: 1.5 MiB, then quiet

        bursts.Released(301 * MiB + MiB / 2);
        Assert.False(bursts.IsOver(303 * MiB)); // the same trickle now falls far short of a burst
        Assert.False(bursts.IsOver(304 * MiB));
    }
}
