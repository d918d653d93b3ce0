using AutoMeet.Sequences.Distribution.Internal;
using Microsoft.Extensions.Options;

namespace AutoMeet.Sequences.Distribution;

/// <summary>
/// Simulates a whole campaign on a virtual clock, without sending anything: every <see cref="DryRunScenario.TickInterval"/> it plans the
/// enrollments with the <see cref="ISequencePlanner"/>, gives the e-mails due that UTC day to the <see cref="IOutreachDistributor"/>, and
/// "sends" the assigned ones (the enrollment's last send becomes the send instant and it moves past the e-mail step; its mailbox becomes
/// sticky). Replies stop enrollments from their day on; bounces are drawn per mailbox from a hash, stop the enrollment and feed the
/// mailbox's bounce circuit breaker (counted over <see cref="DistributionOptions.BreakerWindow"/>, from the breaker's last close).
/// </summary>
/// <remarks>Pure and thread-safe: the clock is virtual and every run works on its own copy of the scenario.</remarks>
/// <param name="planner">The sequence planner.</param>
/// <param name="distributor">The distributor.</param>
/// <param name="options">The distribution rules (for the breaker window and cool-down).</param>
public sealed class CampaignDryRun(ISequencePlanner planner, IOutreachDistributor distributor, IOptions<DistributionOptions> options)
{
    /// <summary>Runs the simulation.</summary>
    /// <param name="scenario">The campaign, its enrollments and mailboxes, the start and the number of days.</param>
    /// <returns>The day-by-day report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The number of days or the tick interval is out of range, or a reply names an unknown enrollment.</exception>
    public DryRunReport Run(DryRunScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(scenario.Context);
        ArgumentOutOfRangeException.ThrowIfLessThan(scenario.Days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(scenario.Days, 3_660);
        if (scenario.TickInterval < NodaTime.Duration.FromMinutes(1) || scenario.TickInterval > NodaTime.Duration.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(nameof(scenario), scenario.TickInterval, "The tick interval must be between 1 minute and 1 day.");
        }

        foreach (var (index, _) in scenario.ReplyDays ?? new Dictionary<int, int>())
        {
            if (index < 0 || index >= scenario.Enrollments.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(scenario), index, $"A simulated reply names enrollment {index}, but there are {scenario.Enrollments.Count}.");
            }
        }

        return new DryRunSimulation(planner, distributor, options.Value, scenario).Run();
    }
}
