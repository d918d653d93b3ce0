namespace AutoMeet.Campaigns.Enrolling;

/// <summary>Represents how far an enrolment has come.</summary>
/// <param name="Processed">Prospects looked at so far.</param>
/// <param name="Total">Prospects in the request.</param>
/// <param name="Enrolled">Enrolled so far.</param>
/// <param name="Skipped">Skipped so far.</param>
public sealed record EnrollmentProgress(int Processed, int Total, int Enrolled, int Skipped);
