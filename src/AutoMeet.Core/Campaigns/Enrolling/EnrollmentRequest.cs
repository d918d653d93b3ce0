using AutoMeet.Prospects;

namespace AutoMeet.Campaigns.Enrolling;

/// <summary>Represents a request to enrol prospects in a campaign.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="ProspectIds">The prospects, in the order to enrol them (at most <see cref="MaxProspects"/>).</param>
public sealed record EnrollmentRequest(Id<Campaign> CampaignId, IReadOnlyList<Id<Prospect>> ProspectIds)
{
    /// <summary>The most prospects one request may name.</summary>
    public const int MaxProspects = 100_000;

    /// <summary>Gets a value indicating whether a prospect already active in another campaign may be enrolled anyway. Default: no.</summary>
    public bool AllowActiveInOtherCampaigns { get; init; }

    /// <summary>
    /// Gets the most people of one company the owner contacts across all campaigns, counting those already enrolled
    /// anywhere; <see langword="null"/> for no cap. A company is the e-mail domain, or the normalised company name for
    /// free-mail addresses.
    /// </summary>
    public int? MaxPerCompany { get; init; }

    /// <summary>
    /// Gets the worst e-mail validation verdict a prospect's address may have to be enrolled, or <see langword="null"/>
    /// (the default) to check the syntax only, without any network lookup. When set, every address is fully validated
    /// (<see cref="Enrichment.Emails.IEmailValidator.ValidateAsync"/>: MX lookup, disposable and role accounts, catch-all
    /// suspicion; results cached) and a worse verdict skips the prospect with
    /// <see cref="EnrollmentSkipReason.AddressVerdict"/> and the validator's findings. Verdicts from best to worst:
    /// <c>Deliverable</c>, <c>Risky</c>, <c>Unknown</c> (the domain could not be checked), <c>Undeliverable</c>; so
    /// <c>Unknown</c> skips only undeliverable addresses, <c>Risky</c> also those that could not be checked, and
    /// <c>Deliverable</c> everything with a finding.
    /// </summary>
    public Enrichment.Emails.EmailVerdict? MaximumVerdict { get; init; }

    /// <summary>Gets how many prospects are written per batch (bounded memory and transaction size). Default 500.</summary>
    public int BatchSize { get; init; } = 500;
}
