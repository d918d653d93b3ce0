using AutoMeet.Prospects;

namespace AutoMeet.Campaigns.Enrolling;

/// <summary>Represents one prospect that was not enrolled, and why.</summary>
/// <param name="ProspectId">The prospect.</param>
/// <param name="Reason">Why.</param>
/// <param name="Detail">A sentence for the user (no personal data beyond the company key).</param>
public sealed record EnrollmentSkip(Id<Prospect> ProspectId, EnrollmentSkipReason Reason, string Detail);
