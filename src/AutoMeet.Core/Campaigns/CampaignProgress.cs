using AutoMeet.Sequences;
using NodaTime;

namespace AutoMeet.Campaigns;

/// <summary>Represents where a campaign stands: its status, its enrollments by status, and its sends.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="Status">The campaign's status.</param>
/// <param name="Enrollments">How many enrollments are in each status.</param>
/// <param name="StopReasons">Of the stopped enrollments, how many stopped for each reason.</param>
/// <param name="Sent">Sends made.</param>
/// <param name="Planned">Sends planned and not made yet.</param>
/// <param name="Failed">Sends that failed for good.</param>
/// <param name="NextSendAt">The earliest planned send, if any.</param>
/// <param name="LastSentAt">The latest send, if any.</param>
/// <param name="IsFinished">Whether every enrollment has finished (completed or stopped): the campaign completes on the scheduler's next run.</param>
public sealed record CampaignProgress(
    Id<Campaign> CampaignId,
    CampaignStatus Status,
    IReadOnlyDictionary<EnrollmentStatus, int> Enrollments,
    IReadOnlyDictionary<StopReason, int> StopReasons,
    int Sent,
    int Planned,
    int Failed,
    Instant? NextSendAt,
    Instant? LastSentAt,
    bool IsFinished);
