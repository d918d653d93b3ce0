using AutoMeet.Campaigns;

namespace AutoMeet.Meetings;

/// <summary>Configures the meeting scheduler and the approval workflow (section <c>AutoMeet:Meetings</c>).</summary>
public sealed class MeetingOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "AutoMeet:Meetings";

    /// <summary>Gets or sets the owner's default booking mode, used by campaigns set to <see cref="ApprovalMode.Inherit"/> and by meetings without a campaign.</summary>
    /// <value>The default value is <see cref="ApprovalMode.RequireApproval"/>. <see cref="ApprovalMode.Inherit"/> is not allowed here.</value>
    public ApprovalMode DefaultApprovalMode { get; set; } = ApprovalMode.RequireApproval;

    /// <summary>Gets or sets the classifier confidence, in [0, 1], at or above which autonomous mode books without asking, for campaigns that set none.</summary>
    /// <value>The default value is 0.85.</value>
    public double DefaultAutonomousConfidenceThreshold { get; set; } = 0.85;

    /// <summary>Gets or sets how long a proposed slot stays held for the prospect (it counts as busy for other proposals meanwhile).</summary>
    /// <value>The default value is 48 hours (5 minutes to 30 days).</value>
    public TimeSpan ProposalHold { get; set; } = TimeSpan.FromHours(48);

    /// <summary>Gets or sets how long the owner's approval links work; the timeout rule applies after that.</summary>
    /// <value>The default value is 24 hours (5 minutes to 30 days).</value>
    public TimeSpan ApprovalLinkLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Gets or sets what happens when the owner does not answer an approval request in time.</summary>
    /// <value>The default value is <see cref="ApprovalTimeoutAction.Decline"/>.</value>
    public ApprovalTimeoutAction ApprovalTimeoutAction { get; set; } = ApprovalTimeoutAction.Decline;

    /// <summary>Gets or sets how many reminders <see cref="ApprovalTimeoutAction.Remind"/> sends before declining.</summary>
    /// <value>The default value is 1 (0 to 10).</value>
    public int MaxApprovalReminders { get; set; } = 1;

    /// <summary>Gets or sets what becomes of the prospect's sequence when their meeting is cancelled (by either side, or in the calendar).</summary>
    /// <value>The default value is <see cref="EnrollmentAfterCancellation.Stop"/>.</value>
    public EnrollmentAfterCancellation EnrollmentAfterCancellation { get; set; } = EnrollmentAfterCancellation.Stop;
}
