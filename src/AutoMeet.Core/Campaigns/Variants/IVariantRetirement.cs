namespace AutoMeet.Campaigns.Variants;

/// <summary>
/// Retires the losing A/B variants of campaigns that ask for it (<see cref="Campaign.AutoRetireLosingVariants"/>):
/// compares the campaign's variants on its measure, decides with <see cref="VariantRetirement.Decide"/>, and stores the
/// retirement on the campaign (optimistic concurrency, so concurrent workers store it once) with a
/// <c>campaign.variant_retired</c> domain event in the same transaction, then an audit entry.
/// </summary>
/// <remarks>Thread-safe: each call opens its own store scopes. Idempotent: a retired variant is never retired again.</remarks>
public interface IVariantRetirement
{
    /// <summary>Evaluates one campaign now, whatever its status.</summary>
    /// <param name="campaignId">The campaign.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="KeyNotFoundException">No campaign has this id.</exception>
    Task<VariantRetirementOutcome> EvaluateAsync(Id<Campaign> campaignId, CancellationToken cancellationToken = default);

    /// <summary>Evaluates every active or paused campaign that opted in.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The outcomes of the opted-in campaigns.</returns>
    Task<IReadOnlyList<VariantRetirementOutcome>> RunAsync(CancellationToken cancellationToken = default);
}
