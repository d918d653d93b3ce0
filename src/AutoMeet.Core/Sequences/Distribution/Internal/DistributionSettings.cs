using System.Collections.Frozen;
using NodaTime;

namespace AutoMeet.Sequences.Distribution.Internal;

/// <summary>The validated <see cref="DistributionOptions"/>, converted once for the hot path.</summary>
internal sealed class DistributionSettings(DistributionOptions o)
{
    public int Ceiling { get; } = o.MaxDailySendsPerMailbox;

    public int NewProspectCap { get; } = o.MaxNewProspectsPerMailboxPerDay;

    public int PerDomainCap { get; } = o.MaxPerDomainPerMailboxPerDay;

    public long DomainGapTicks { get; } = o.DomainMinGap.Ticks;

    public long MinGapTicks { get; } = o.MinGap.Ticks;

    public double JitterFraction { get; } = o.JitterFraction;

    public FrozenSet<string> Exempt { get; } = o.DomainThrottleExemptions.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public int[]? Warmup { get; } = o.WarmupEnabled ? [.. o.EffectiveWarmupSchedule()] : null;

    public int MinSample { get; } = o.BreakerMinSample;

    public double BounceThreshold { get; } = o.BounceRateThreshold;

    public double ComplaintThreshold { get; } = o.ComplaintRateThreshold;

    public bool ManualReset { get; } = o.BreakerReset == BreakerResetMode.Manual;

    public Duration Cooldown { get; } = Duration.FromTimeSpan(o.BreakerCooldown);
}
