using AutoMeet.Accounts;
using NodaTime;

namespace AutoMeet.Sequences.Distribution;

/// <summary>Represents one simulated send of a <see cref="CampaignDryRun"/>.</summary>
/// <param name="EnrollmentIndex">The enrollment's index in <see cref="DryRunScenario.Enrollments"/>.</param>
/// <param name="StepPosition">The e-mail step sent.</param>
/// <param name="Mailbox">The mailbox that sent it.</param>
/// <param name="SendAt">When.</param>
/// <param name="IsFollowUp">Whether the prospect had been e-mailed before.</param>
/// <param name="Bounced">Whether the simulation made it bounce (the enrollment then stops).</param>
public readonly record struct DryRunSend(int EnrollmentIndex, int StepPosition, Id<MailboxAccount> Mailbox, Instant SendAt, bool IsFollowUp, bool Bounced);
