using NodaTime;

namespace AutoMeet.Sequences;

/// <summary>Represents one enrollment as planner input: a flat, copy-cheap view of an <see cref="Enrollment"/> and its prospect.</summary>
/// <param name="StepPosition">The position of the next step to run (<see cref="Enrollment.NextStepPosition"/>).</param>
/// <param name="Status">The enrollment's status.</param>
/// <param name="EnrolledAt">When the prospect was enrolled; the first step's delay counts from it.</param>
/// <param name="LastSentAt">When the last step was sent, if any; later delays count from it.</param>
/// <param name="SnoozedUntil">When a snoozed enrollment resumes, if snoozed.</param>
/// <param name="TimeZoneId">The prospect's IANA zone; unknown or <see langword="null"/> falls back to the schedule's zone.</param>
/// <param name="CountryCode">The prospect's ISO country code, used to pick the holidays to skip.</param>
/// <param name="Engagement">What the prospect did so far.</param>
/// <param name="StopReason">Why a stopped enrollment stopped.</param>
public readonly record struct PlannerEnrollment(
    int StepPosition,
    EnrollmentStatus Status,
    Instant EnrolledAt,
    Instant? LastSentAt = null,
    Instant? SnoozedUntil = null,
    string? TimeZoneId = null,
    string? CountryCode = null,
    EngagementFlags Engagement = EngagementFlags.None,
    StopReason StopReason = StopReason.None);
