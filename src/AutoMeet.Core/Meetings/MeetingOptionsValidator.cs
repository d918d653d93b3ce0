using AutoMeet.Campaigns;
using Microsoft.Extensions.Options;

namespace AutoMeet.Meetings;

/// <summary>Validates <see cref="MeetingOptions"/> at start-up, naming the setting at fault.</summary>
internal sealed class MeetingOptionsValidator : IValidateOptions<MeetingOptions>
{
    private static readonly TimeSpan MinSpan = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan MaxSpan = TimeSpan.FromDays(30);

    public ValidateOptionsResult Validate(string? name, MeetingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string Section = MeetingOptions.SectionName;
        var failures = new List<string>();
        if (options.DefaultApprovalMode is not (ApprovalMode.RequireApproval or ApprovalMode.Autonomous))
        {
            failures.Add($"{Section}:DefaultApprovalMode must be RequireApproval or Autonomous (found {options.DefaultApprovalMode}).");
        }

        if (double.IsNaN(options.DefaultAutonomousConfidenceThreshold) || options.DefaultAutonomousConfidenceThreshold is < 0 or > 1)
        {
            failures.Add($"{Section}:DefaultAutonomousConfidenceThreshold must be between 0 and 1 (found {options.DefaultAutonomousConfidenceThreshold}).");
        }

        if (options.ProposalHold < MinSpan || options.ProposalHold > MaxSpan)
        {
            failures.Add($"{Section}:ProposalHold must be between 5 minutes and 30 days (found {options.ProposalHold}).");
        }

        if (options.ApprovalLinkLifetime < MinSpan || options.ApprovalLinkLifetime > MaxSpan)
        {
            failures.Add($"{Section}:ApprovalLinkLifetime must be between 5 minutes and 30 days (found {options.ApprovalLinkLifetime}).");
        }

        if (!Enum.IsDefined(options.ApprovalTimeoutAction))
        {
            failures.Add($"{Section}:ApprovalTimeoutAction must be Decline, Remind or Approve (found {options.ApprovalTimeoutAction}).");
        }

        if (options.MaxApprovalReminders is < 0 or > 10)
        {
            failures.Add($"{Section}:MaxApprovalReminders must be between 0 and 10 (found {options.MaxApprovalReminders}).");
        }

        if (!Enum.IsDefined(options.EnrollmentAfterCancellation))
        {
            failures.Add($"{Section}:EnrollmentAfterCancellation must be Stop or Resume (found {options.EnrollmentAfterCancellation}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
