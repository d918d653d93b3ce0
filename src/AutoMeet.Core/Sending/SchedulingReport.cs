namespace AutoMeet.Sending;

/// <summary>Represents what one run of the sequence scheduler did.</summary>
/// <param name="Campaigns">Active campaigns looked at.</param>
/// <param name="Planned">Sends written to the outbox.</param>
/// <param name="Finished">Enrollments marked completed or stopped.</param>
/// <param name="CompletedCampaigns">Campaigns completed because every enrollment finished.</param>
/// <param name="Skipped">Campaigns that could not be planned (no sequence, no schedule, invalid sequence), logged with the reason.</param>
public sealed record SchedulingReport(int Campaigns, int Planned, int Finished, int CompletedCampaigns, int Skipped);
