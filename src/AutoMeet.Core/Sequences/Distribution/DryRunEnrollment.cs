namespace AutoMeet.Sequences.Distribution;

/// <summary>Represents one enrollment in a <see cref="CampaignDryRun"/>.</summary>
/// <param name="Enrollment">The enrollment as the planner sees it at the start of the simulation.</param>
/// <param name="RecipientDomain">The prospect's e-mail domain, for the per-domain throttle.</param>
public readonly record struct DryRunEnrollment(PlannerEnrollment Enrollment, string? RecipientDomain = null);
