using System.Globalization;
using AutoMeet.Storage;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace AutoMeet.Campaigns.Variants;

/// <summary>
/// Automatic variant retirement: on every tick it queues one work item per <see cref="VariantRetirementOptions.Interval"/>
/// (keyed by the period's start, so every worker queues the same item and exactly one runs it), and the handler
/// evaluates the campaigns that opted in (<see cref="IVariantRetirement.RunAsync"/>).
/// </summary>
public sealed class VariantRetirementJob : IAutoMeetJob
{
    /// <summary>The <see cref="WorkItem.Kind"/> of retirement runs.</summary>
    public const string WorkKind = "automeet.variant-retirement";

    private readonly IOptions<VariantRetirementOptions> _options;
    private readonly IClock _clock;

    /// <summary>Initializes a new instance of the <see cref="VariantRetirementJob"/> class.</summary>
    /// <param name="options">The retirement settings.</param>
    /// <param name="clock">The current time.</param>
    public VariantRetirementJob(IOptions<VariantRetirementOptions> options, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        _options = options;
        _clock = clock;
    }

    /// <inheritdoc/>
    public string Name => "variant-retirement";

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
            Key = "variant-retirement:" + InstantPattern.General.WithCulture(CultureInfo.InvariantCulture).Format(periodStart),
            DueAt = now,
        };
        await scopedServices.GetRequiredService<IAutoMeetStore>().WorkQueue.EnqueueAsync(item, cancellationToken).ConfigureAwait(false);
    }
}
