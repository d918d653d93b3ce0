using AutoMeet.Sequences;
using NodaTime;

namespace AutoMeet.Sample.Web.Contracts;

/// <summary>An enrollment as the API returns it.</summary>
/// <param name="Id">The enrollment's id.</param>
/// <param name="ProspectId">The prospect.</param>
/// <param name="Status">Its status.</param>
/// <param name="NextStepPosition">The next step to send.</param>
/// <param name="NextStepDueAt">When that step is queued to go out, when it is.</param>
/// <param name="LastStepSentAt">When the last step went out.</param>
/// <param name="SnoozedUntil">Until when it is snoozed.</param>
/// <param name="StopReason">Why it stopped.</param>
/// <param name="Variant">Its A/B variant.</param>
internal sealed record EnrollmentResponse(
    Guid Id, Guid ProspectId, EnrollmentStatus Status, int NextStepPosition, Instant? NextStepDueAt, Instant? LastStepSentAt, Instant? SnoozedUntil, StopReason StopReason, string? Variant)
{
    /// <summary>Maps an enrollment.</summary>
    /// <param name="e">The enrollment.</param>
    /// <returns>The response.</returns>
    public static EnrollmentResponse From(Enrollment e) =>
        new(e.Id.Value, e.ProspectId.Value, e.Status, e.NextStepPosition, e.NextStepDueAt, e.LastStepSentAt, e.SnoozedUntil, e.StopReason, e.Variant);
}
