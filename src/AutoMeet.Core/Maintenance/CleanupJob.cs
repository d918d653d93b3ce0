using System.Globalization;
using AutoMeet.Storage;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace AutoMeet.Maintenance;

/// <summary>
/// The daily cleanup: on every tick it queues one work item per <see cref="CleanupOptions.Interval"/> (keyed by the
/// period's start, so every worker queues the same item and exactly one runs it), and
/// <see cref="CleanupWorkItemHandler"/> applies the retention settings. A failed run is retried by the work queue with
/// its backoff.
/// </summary>
public sealed class CleanupJob : IAutoMeetJob
{
    /// <summary>The <see cref="WorkItem.Kind"/> of cleanup runs.</summary>
    public const string WorkKind = "automeet.cleanup";

    private readonly IOptions<CleanupOptions> _options;
    private readonly IClock _clock;

    /// <summary>Initializes a new instance of the <see cref="CleanupJob"/> class.</summary>
    /// <param name="options">The cleanup settings.</param>
    /// <param name="clock">The current time.</param>
    public CleanupJob(IOptions<CleanupOptions> options, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        _options = options;
        _clock = clock;
    }

    /// <inheritdoc/>
    public string Name => "cleanup";

    /// <inheritdoc/>
    public async Task RunAsync(IServiceProvider scopedServices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopedServices);
        var settings = _options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        var now = _clock.GetCurrentInstant();
        var interval = Duration.FromTimeSpan(settings.Interval);
        var periodStart = Instant.FromUnixTimeTicks(now.ToUnixTimeTicks() / interval.BclCompatibleTicks * interval.BclCompatibleTicks);
        var item = new WorkItem
        {
            Kind = WorkKind,
            Key = "cleanup:" + InstantPattern.General.WithCulture(CultureInfo.InvariantCulture).Format(periodStart),
            DueAt = now,
        };
        await scopedServices.GetRequiredService<IAutoMeetStore>().WorkQueue.EnqueueAsync(item, cancellationToken).ConfigureAwait(false);
    }
}
