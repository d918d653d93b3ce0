namespace AutoMeet.Campaigns.Variants;

/// <summary>What <see cref="VariantRetirement.Decide"/> concluded for one campaign.</summary>
/// <param name="Retire">The variants to retire now (empty when nothing changes); never every active variant.</param>
/// <param name="Winner">The declared winner the retired variants lost to, or <see langword="null"/> without one.</param>
/// <param name="Reason">Why, in one sentence.</param>
public sealed record VariantRetirementDecision(IReadOnlyList<string> Retire, string? Winner, string Reason)
{
    /// <summary>Gets a value indicating whether any variant is to be retired.</summary>
    public bool RetiresAny => Retire.Count > 0;

    /// <summary>Creates a decision that retires nothing.</summary>
    /// <param name="reason">Why not.</param>
    /// <param name="winner">The winner, if one was declared.</param>
    /// <returns>The decision.</returns>
    public static VariantRetirementDecision None(string reason, string? winner = null) => new([], winner, reason);
}
