namespace AutoMeet.Campaigns;

/// <summary>Represents what one run of the campaign activation check did.</summary>
/// <param name="Activated">Scheduled campaigns whose start came and that became active.</param>
/// <param name="NoticesQueued">"Starts in 24 hours" notices queued for owners.</param>
/// <param name="NotReady">Campaigns whose start came but that cannot start (the owner is told why).</param>
public sealed record CampaignActivationReport(int Activated, int NoticesQueued, int NotReady);
