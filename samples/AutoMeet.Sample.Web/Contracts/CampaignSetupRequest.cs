namespace AutoMeet.Sample.Web.Contracts;

/// <summary>The body of <c>PUT /api/campaigns/{id}/setup</c>: what a draft campaign sends, from where and when.</summary>
/// <param name="SequenceId">The sequence to run (one of the owner's).</param>
/// <param name="MailboxAccountId">The mailbox to send from; omitted: rotate across the owner's mailboxes.</param>
/// <param name="Schedule">The sending schedule.</param>
/// <param name="VariantRetirement">Optionally, whether losing A/B variants are retired automatically and on which measure (omitted: unchanged).</param>
internal sealed record CampaignSetupRequest(Guid? SequenceId, Guid? MailboxAccountId, CampaignScheduleRequest? Schedule, VariantRetirementRequest? VariantRetirement = null);
