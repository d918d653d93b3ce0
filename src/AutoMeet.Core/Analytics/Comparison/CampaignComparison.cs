using System.Globalization;

namespace AutoMeet.Analytics.Comparison;

/// <summary>
/// Compares campaigns, steps or variants on one measure; pure. Each arm gets a Wilson interval at confidence 1 − alpha.
/// The arm with the highest observed rate (the leader) is tested against every other arm with
/// <see cref="AbSignificance"/> (Fisher's exact test for small counts, the z-test for large ones) at alpha / (arms − 1)
/// (Bonferroni), so that, when no arm is really better, a winner is declared with probability at most alpha.
/// A winner is declared only when the leader beats every other arm, and every arm has the minimum sample.
/// </summary>
public static class CampaignComparison
{
    /// <summary>The most arms one comparison takes.</summary>
    public const int MaxArms = 50;

    /// <summary>Compares the arms.</summary>
    /// <param name="arms">At least two arms with distinct names.</param>
    /// <param name="measure">The measure.</param>
    /// <param name="settings">The evidence required; <see cref="AbTestSettings.Default"/> when <see langword="null"/>.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="AnalyticsValidationException">Fewer than two or more than <see cref="MaxArms"/> arms, repeated names, an unknown measure, or settings out of range.</exception>
    public static ComparisonResult Compare(IReadOnlyList<ComparisonArm> arms, ComparisonMeasure measure, AbTestSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(arms);
        settings ??= AbTestSettings.Default;
        Validate(arms, measure, settings);
        var z = Statistics.NormalQuantile(1 - (settings.Alpha / 2));
        var samples = arms.Select(a => Sample(a, measure)).ToList();
        var estimates = samples.Select(s => Estimate(s, z)).ToList();
        var warnings = Warnings(measure);
        var perTestAlpha = settings.Alpha / (arms.Count - 1);

        var ranked = estimates.Where(e => e.Rate is not null).OrderByDescending(e => e.Rate).ToList();
        if (ranked.Count == 0 || (ranked.Count > 1 && ranked[0].Rate == ranked[1].Rate))
        {
            var why = ranked.Count == 0 ? "No arm has any delivered message yet." : $"The top rates tie ('{ranked[0].Name}' and '{ranked[1].Name}').";
            var decision = ranked.Count < arms.Count || samples.Any(s => s.Trials < settings.MinimumTrialsPerVariant) ? AbDecision.InsufficientSample : AbDecision.NotSignificant;
            return new(measure, estimates, null, [], perTestAlpha, decision, null, why, warnings);
        }

        var leader = samples.Single(s => s.Name == ranked[0].Name);
        var testSettings = settings with { Alpha = perTestAlpha };
        var tests = samples.Where(s => s.Name != leader.Name).Select(s => AbSignificance.Compare(leader, s, testSettings)).ToList();
        var thin = tests.FirstOrDefault(t => t.Decision == AbDecision.InsufficientSample);
        if (thin is not null)
        {
            return new(measure, estimates, leader.Name, tests, perTestAlpha, AbDecision.InsufficientSample, null, thin.Reason, warnings);
        }

        var weak = tests.FirstOrDefault(t => t.Decision != AbDecision.WinnerDeclared || t.Winner != leader.Name);
        if (weak is not null)
        {
            var reason = $"'{leader.Name}' leads, but against '{weak.B.Sample.Name}' p = {Text(weak.PValue)} is not below the per-test alpha {Text(perTestAlpha)}.";
            return new(measure, estimates, leader.Name, tests, perTestAlpha, AbDecision.NotSignificant, null, reason, warnings);
        }

        var won = $"'{leader.Name}' beats every other arm with p below the per-test alpha {Text(perTestAlpha)} (alpha {Text(settings.Alpha)} over {tests.Count} test(s)).";
        return new(measure, estimates, leader.Name, tests, perTestAlpha, AbDecision.WinnerDeclared, leader.Name, won, warnings);
    }

    /// <summary>Gets the successes and trials of a measure.</summary>
    /// <param name="counts">The counts.</param>
    /// <param name="measure">The measure.</param>
    /// <returns>The numerator and the denominator.</returns>
    public static (long Successes, long Trials) Of(FunnelCounts counts, ComparisonMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var successes = measure switch
        {
            ComparisonMeasure.ReplyRate => counts.Replied,
            ComparisonMeasure.PositiveReplyRate => counts.PositiveReplies,
            ComparisonMeasure.ClickRate => counts.Clicked,
            ComparisonMeasure.MeetingBookedRate => counts.MeetingsBooked,
            ComparisonMeasure.OpenRate => counts.Opened,
            _ => throw new AnalyticsValidationException("measure", measure.ToString(), "The measure is not supported."),
        };

        // Inconsistent histories (more replies than deliveries) are capped so the tests stay defined.
        return (Math.Min(successes, counts.Delivered), counts.Delivered);
    }

    private static VariantSample Sample(ComparisonArm arm, ComparisonMeasure measure)
    {
        var (successes, trials) = Of(arm.Counts, measure);
        return new VariantSample(arm.Name, successes, trials);
    }

    private static ArmEstimate Estimate(VariantSample sample, double z)
    {
        if (sample.Trials == 0)
        {
            return new(sample.Name, sample.Successes, sample.Trials, null, null, null);
        }

        var (lower, upper) = Statistics.Wilson(sample.Successes, sample.Trials, z);
        return new(sample.Name, sample.Successes, sample.Trials, (double)sample.Successes / sample.Trials, lower, upper);
    }

    private static List<string> Warnings(ComparisonMeasure measure) => measure == ComparisonMeasure.OpenRate
        ? ["Open rates are unreliable: privacy proxies open every message and images may be blocked; do not pick a winner by opens alone."]
        : [];

    private static void Validate(IReadOnlyList<ComparisonArm> arms, ComparisonMeasure measure, AbTestSettings settings)
    {
        if (arms.Count < 2 || arms.Count > MaxArms)
        {
            throw new AnalyticsValidationException("arms", arms.Count.ToString(CultureInfo.InvariantCulture), $"A comparison needs between 2 and {MaxArms} arms.");
        }

        if (arms.Any(a => a is null || a.Counts is null || string.IsNullOrWhiteSpace(a.Name)))
        {
            throw new AnalyticsValidationException("arms", null, "Every arm needs a name and counts.");
        }

        var repeated = arms.GroupBy(a => a.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new AnalyticsValidationException("arms", repeated.Key, "Arm names must be distinct.");
        }

        if (!Enum.IsDefined(measure))
        {
            throw new AnalyticsValidationException("measure", measure.ToString(), "The measure is not supported; use replyRate, positiveReplyRate, clickRate, meetingBookedRate or openRate.");
        }

        if (!(settings.Alpha > 0 && settings.Alpha < 1))
        {
            throw new AnalyticsValidationException("settings.alpha", Text(settings.Alpha), "Alpha must be between 0 and 1 (exclusive).");
        }

        if (settings.MinimumTrialsPerVariant < 1)
        {
            throw new AnalyticsValidationException("settings.minimumTrialsPerVariant", settings.MinimumTrialsPerVariant.ToString(CultureInfo.InvariantCulture), "The minimum sample must be at least 1.");
        }
    }

    private static string Text(double? value) => value?.ToString("G4", CultureInfo.InvariantCulture) ?? "n/a";
}
