using AutoMeet.Accounts;
using AutoMeet.Prospects;
using NodaTime;

namespace AutoMeet.Sequences.Distribution;

/// <summary>
/// Represents one e-mail step the planner found due (<see cref="PlanOutcome.Send"/> or <see cref="PlanOutcome.Snoozed"/>), as input to the
/// <see cref="IOutreachDistributor"/>.
/// </summary>
/// <param name="EnrollmentId">The enrollment.</param>
/// <param name="ProspectId">The prospect.</param>
/// <param name="StepPosition">The e-mail step's position (<see cref="PlannedStep.StepPosition"/>); with the enrollment id it keys the deterministic jitter.</param>
/// <param name="IsFollowUp">
/// <see langword="true"/> when the prospect was already e-mailed by this enrollment (a follow-up); <see langword="false"/> for the first e-mail to a
/// new prospect, which counts against <see cref="DistributionOptions.MaxNewProspectsPerMailboxPerDay"/>.
/// </param>
/// <param name="EarliestAt">The planner's earliest instant (<see cref="PlannedStep.EarliestAt"/>).</param>
/// <param name="Context">
/// The campaign's planning context. The distributor reads the sending window, holidays and campaign end from it to compute the latest instant
/// the step may still go out: the close of the prospect's window on the local day of <paramref name="EarliestAt"/>.
/// </param>
/// <param name="RecipientDomain">The recipient's domain (for the per-domain throttle); <see langword="null"/> or empty skips the throttle.</param>
/// <param name="TimeZoneId">The prospect's IANA zone, as given to the planner (<see cref="PlannerEnrollment.TimeZoneId"/>).</param>
/// <param name="CountryCode">The prospect's country, as given to the planner (<see cref="PlannerEnrollment.CountryCode"/>).</param>
/// <param name="RequiredMailbox">
/// The mailbox that must send it: the thread's mailbox for a follow-up in an existing thread (sticky), or the campaign's fixed mailbox;
/// <see langword="null"/> rotates across the owner's mailboxes.
/// </param>
public readonly record struct OutreachCandidate(
    Id<Enrollment> EnrollmentId,
    Id<Prospect> ProspectId,
    int StepPosition,
    bool IsFollowUp,
    Instant EarliestAt,
    PlanningContext Context,
    string? RecipientDomain = null,
    string? TimeZoneId = null,
    string? CountryCode = null,
    Id<MailboxAccount>? RequiredMailbox = null);
