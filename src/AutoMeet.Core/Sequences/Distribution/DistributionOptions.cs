namespace AutoMeet.Sequences.Distribution;

/// <summary>
/// Gets or sets the rules of the daily outreach distributor: caps, warm-up ramp, spacing, domain throttle and bounce circuit breaker.
/// Bind it from the <c>AutoMeet:Distribution</c> configuration section (<see cref="SectionName"/>); it is validated when the host starts.
/// </summary>
public sealed class DistributionOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "AutoMeet:Distribution";

    /// <summary>Gets the warm-up ramp used when <see cref="WarmupSchedule"/> is empty: day 1 sends at most 10, growing to 100 on day 14.</summary>
    public static IReadOnlyList<int> DefaultWarmupSchedule { get; } = [10, 15, 20, 25, 30, 35, 40, 50, 60, 70, 80, 90, 95, 100];

    /// <summary>Gets or sets a ceiling on any mailbox's daily sends, whatever its own limit (the provider's quota; Google Workspace allows 2,000 over a rolling 24 hours).</summary>
    /// <value>The default value is 500 (half the Workspace quota, since a UTC day and a rolling 24 hours can overlap).</value>
    public int MaxDailySendsPerMailbox { get; set; } = 500;

    /// <summary>Gets or sets the most first e-mails to new prospects one mailbox sends per day; follow-ups are not counted and go first.</summary>
    /// <value>The default value is 30.</value>
    public int MaxNewProspectsPerMailboxPerDay { get; set; } = 30;

    /// <summary>Gets or sets the most e-mails one mailbox sends to one recipient domain per day (domains in <see cref="DomainThrottleExemptions"/> are not limited).</summary>
    /// <value>The default value is 10.</value>
    public int MaxPerDomainPerMailboxPerDay { get; set; } = 10;

    /// <summary>
    /// Gets or sets the least time between two sends to one recipient domain, across the owner's mailboxes, among the sends one distribution
    /// assigns; <see cref="TimeSpan.Zero"/> turns it off.
    /// </summary>
    /// <value>The default value is 1 minute.</value>
    public TimeSpan DomainMinGap { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Gets the recipient domains the per-domain throttle ignores (free mail providers, where many unrelated people share a domain). Configured entries add to the defaults.</summary>
    public ISet<string> DomainThrottleExemptions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "yahoo.com", "icloud.com", "aol.com", "proton.me", "protonmail.com",
    };

    /// <summary>Gets or sets the least time between two sends from one mailbox; each send adds its own jitter on top.</summary>
    /// <value>The default value is 5 minutes.</value>
    public TimeSpan MinGap { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Gets or sets the jitter, as a fraction of <see cref="MinGap"/> in [0, 0.5]: each send's gap is <see cref="MinGap"/> times (1 + u × fraction),
    /// u in [0, 1) taken from a hash of the enrollment and step, so re-running a distribution yields the same plan.
    /// </summary>
    /// <value>The default value is 0.3.</value>
    public double JitterFraction { get; set; } = 0.3;

    /// <summary>Gets or sets a value indicating whether mailboxes with a <c>WarmupStartedAt</c> follow the warm-up ramp.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool WarmupEnabled { get; set; } = true;

    /// <summary>
    /// Gets the warm-up ramp: the most e-mails a warming mailbox sends on day 1, 2, … (day 1 is the UTC day warm-up started); non-decreasing,
    /// each at least 1. After the last day only the mailbox's own limit applies. Empty (the default) uses <see cref="DefaultWarmupSchedule"/>.
    /// </summary>
    public IList<int> WarmupSchedule { get; } = new List<int>();

    /// <summary>Gets or sets the rolling window over which callers count the sends, bounces and complaints they pass in <see cref="MailboxState"/>.</summary>
    /// <value>The default value is 7 days.</value>
    public TimeSpan BreakerWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Gets or sets how many sends over the rolling window are needed before the breaker judges a mailbox's rates.</summary>
    /// <value>The default value is 20.</value>
    public int BreakerMinSample { get; set; } = 20;

    /// <summary>Gets or sets the bounce rate over the rolling window, in (0, 1], at or above which the breaker opens.</summary>
    /// <value>The default value is 0.05 (5%).</value>
    public double BounceRateThreshold { get; set; } = 0.05;

    /// <summary>Gets or sets the complaint (spam report) rate over the rolling window, in (0, 1], at or above which the breaker opens.</summary>
    /// <value>The default value is 0.003 (0.3%, the rate Gmail's bulk-sender rules say never to reach).</value>
    public double ComplaintRateThreshold { get; set; } = 0.003;

    /// <summary>Gets or sets what closes an open breaker.</summary>
    /// <value>The default value is <see cref="BreakerResetMode.Cooldown"/>.</value>
    public BreakerResetMode BreakerReset { get; set; } = BreakerResetMode.Cooldown;

    /// <summary>Gets or sets how long the breaker stays open before it closes by itself (<see cref="BreakerResetMode.Cooldown"/>).</summary>
    /// <value>The default value is 24 hours.</value>
    public TimeSpan BreakerCooldown { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Gets the effective warm-up ramp.</summary>
    /// <returns><see cref="WarmupSchedule"/>, or <see cref="DefaultWarmupSchedule"/> when it is empty.</returns>
    public IReadOnlyList<int> EffectiveWarmupSchedule() => WarmupSchedule.Count == 0 ? DefaultWarmupSchedule : [.. WarmupSchedule];
}
