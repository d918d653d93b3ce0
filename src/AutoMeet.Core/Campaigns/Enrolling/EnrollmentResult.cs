namespace AutoMeet.Campaigns.Enrolling;

/// <summary>Represents the outcome of an enrolment.</summary>
/// <param name="Enrolled">How many prospects were enrolled.</param>
/// <param name="Skipped">Every prospect not enrolled, with the reason.</param>
public sealed record EnrollmentResult(int Enrolled, IReadOnlyList<EnrollmentSkip> Skipped);
