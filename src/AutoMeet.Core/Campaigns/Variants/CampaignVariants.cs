using AutoMeet.Prospects;
using AutoMeet.Templates;

namespace AutoMeet.Campaigns.Variants;

/// <summary>
/// The A/B variants of a campaign and how they are assigned: a campaign whose templates branch on
/// <c>campaign.variant</c> has the variants <see cref="Names"/>; each prospect gets one deterministically
/// (<see cref="VariantAssigner"/>) among those the campaign has not retired.
/// </summary>
public static class CampaignVariants
{
    /// <summary>Gets the variants a campaign that branches on <c>campaign.variant</c> declares, in order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["A", "B"];

    /// <summary>Gets the variants still in play: <see cref="Names"/> without the retired ones (all of them if, against the rules, every one is retired).</summary>
    /// <param name="campaign">The campaign.</param>
    /// <returns>The active variants, in declaration order; never empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="campaign"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<string> Active(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        if (campaign.RetiredVariants is not { Count: > 0 } retired)
        {
            return Names;
        }

        var active = Names.Where(n => !retired.Contains(n, StringComparer.Ordinal)).ToList();
        return active.Count == 0 ? Names : active;
    }

    /// <summary>Gets whether a variant is retired from a campaign.</summary>
    /// <param name="campaign">The campaign.</param>
    /// <param name="variant">The variant, or <see langword="null"/> (never retired).</param>
    /// <returns><see langword="true"/> when the campaign retired the variant and at least one other is still active.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="campaign"/> is <see langword="null"/>.</exception>
    public static bool IsRetired(Campaign campaign, string? variant)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return variant is not null
            && campaign.RetiredVariants is { } retired
            && retired.Contains(variant, StringComparer.Ordinal)
            && !Active(campaign).Contains(variant, StringComparer.Ordinal);
    }

    /// <summary>Assigns a prospect a variant among the campaign's active ones; the same inputs always give the same variant.</summary>
    /// <param name="campaign">The campaign.</param>
    /// <param name="prospectId">The prospect.</param>
    /// <returns>An active variant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="campaign"/> is <see langword="null"/>.</exception>
    public static string Assign(Campaign campaign, Id<Prospect> prospectId)
    {
        var active = Active(campaign);
        return active[VariantAssigner.Assign(campaign.Id, prospectId, active.Count)];
    }
}
