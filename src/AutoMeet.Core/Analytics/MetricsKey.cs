using AutoMeet.Accounts;
using AutoMeet.Campaigns;

namespace AutoMeet.Analytics;

/// <summary>Identifies one row of metrics. Members not part of the grouping are <see langword="null"/>.</summary>
/// <param name="CampaignId">The campaign, or <see langword="null"/> for events outside any campaign.</param>
/// <param name="StepPosition">The step position (step and variant groupings; <see langword="null"/> when the event has none).</param>
/// <param name="Variant">The A/B variant (variant grouping; <see langword="null"/> when the event has none).</param>
/// <param name="MailboxAccountId">
/// The mailbox that sent the message (mailbox grouping; <see langword="null"/> in the other groupings and for events
/// without a message or whose message is in no stored thread).
/// </param>
public sealed record MetricsKey(Id<Campaign>? CampaignId, int? StepPosition, string? Variant, Id<MailboxAccount>? MailboxAccountId = null);
