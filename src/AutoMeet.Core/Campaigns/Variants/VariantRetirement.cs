using AutoMeet.Analytics;
using AutoMeet.Analytics.Comparison;

namespace AutoMeet.Campaigns.Variants;

/// <summary>
/// Decides which A/B variants a campaign retires; pure (no I/O, no clock). A variant is retired only when the campaign
/// opted in, the variant comparison (<see cref="CampaignComparison"/>) declared a winner — every arm had the minimum
/// sample and the winner beat each other arm at the Bonferroni-corrected alpha — and the variant is one the winner
/// beat significantly. The winner is never retired, so at least one variant always stays active; a retired variant
/// is never retired twice, so running the decision again changes nothing.
/// </summary>
public static class VariantRetirement
{
    /// <summary>Decides which variants to retire.</summary>
    /// <param name="campaign">The campaign (its opt-in, measure and already retired variants are read).</param>
    /// <param name="comparison">The comparison of the campaign's variants on the campaign's measure.</param>
    /// <param name="declared">The variants the campaign declares; <see cref="CampaignVariants.Names"/> when <see langword="null"/>.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="campaign"/> or <paramref name="comparison"/> is <see langword="null"/>.</exception>
    public static VariantRetirementDecision Decide(Campaign campaign, ComparisonResult comparison, IReadOnlyList<string>? declared = null)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(comparison);
        declared ??= CampaignVariants.Names;
        if (!campaign.AutoRetireLosingVariants)
        {
            return VariantRetirementDecision.None("The campaign has not opted in to retiring losing variants.");
        }

        if (comparison.Measure != MeasureOf(campaign.VariantRetirementMeasure))
        {
            return VariantRetirementDecision.None($"The comparison is on {comparison.Measure}, but the campaign decides on {campaign.VariantRetirementMeasure}.");
        }

        if (comparison.Decision != AbDecision.WinnerDeclared || comparison.Winner is not { } winner)
        {
            return VariantRetirementDecision.None($"No winner is declared: {comparison.Reason}");
        }

        var retired = campaign.RetiredVariants ?? [];
        var active = declared.Where(v => !retired.Contains(v, StringComparer.Ordinal)).ToList();
        if (!active.Contains(winner, StringComparer.Ordinal))
        {
            return VariantRetirementDecision.None($"The winner '{winner}' is not an active variant of the campaign.", winner);
        }

        // The leader was tested against every other arm (Compare(leader, other)): retire the arms it beat significantly.
        var losers = comparison.Tests
            .Where(t => t.Decision == AbDecision.WinnerDeclared && string.Equals(t.Winner, winner, StringComparison.Ordinal))
            .Select(t => string.Equals(t.A.Sample.Name, winner, StringComparison.Ordinal) ? t.B.Sample.Name : t.A.Sample.Name)
            .Where(name => active.Contains(name, StringComparer.Ordinal) && !string.Equals(name, winner, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (losers.Count == 0)
        {
            return VariantRetirementDecision.None($"'{winner}' wins and no active variant is left to retire.", winner);
        }

        if (losers.Count >= active.Count)
        {
            return VariantRetirementDecision.None("Retiring would leave the campaign without a variant.", winner);
        }

        return new(losers, winner, $"Retiring {string.Join(", ", losers.Select(l => $"'{l}'"))}: {comparison.Reason}");
    }

    /// <summary>Maps a campaign's measure to the comparison measure.</summary>
    /// <param name="measure">The campaign's measure.</param>
    /// <returns>The comparison measure.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The measure is not defined.</exception>
    public static ComparisonMeasure MeasureOf(VariantMeasure measure) => measure switch
    {
        VariantMeasure.ReplyRate => ComparisonMeasure.ReplyRate,
        VariantMeasure.PositiveReplyRate => ComparisonMeasure.PositiveReplyRate,
        VariantMeasure.ClickRate => ComparisonMeasure.ClickRate,
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "The measure is not supported; use replyRate, positiveReplyRate or clickRate."),
    };
}
