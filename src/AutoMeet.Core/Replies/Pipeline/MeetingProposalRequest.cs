namespace AutoMeet.Replies.Pipeline;

/// <summary>
/// Represents the payload (JSON, camelCase) of a <see cref="ReplyWork.MeetingPropose"/> work item: which reply asked for
/// a meeting. The offered windows are in the decision's <see cref="ReplyDecision.OfferedWindowsJson"/>.
/// </summary>
/// <param name="DecisionId">The stored <see cref="ReplyDecision"/>.</param>
/// <param name="MessageId">The inbound message.</param>
/// <param name="ThreadId">The thread.</param>
/// <param name="ProspectId">The prospect.</param>
/// <param name="CampaignId">The campaign, if the thread belongs to one.</param>
/// <param name="EnrollmentId">The enrollment, if any.</param>
public sealed record MeetingProposalRequest(Guid DecisionId, Guid MessageId, Guid ThreadId, Guid ProspectId, Guid? CampaignId, Guid? EnrollmentId);
