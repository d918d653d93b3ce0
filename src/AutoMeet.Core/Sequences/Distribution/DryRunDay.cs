using AutoMeet.Accounts;
using NodaTime;

namespace AutoMeet.Sequences.Distribution;

/// <summary>Represents one simulated UTC day of a <see cref="CampaignDryRun"/>.</summary>
/// <param name="Date">The UTC date.</param>
/// <param name="Sends">The sends, by send instant.</param>
/// <param name="SendsPerMailbox">How many each mailbox sent (every mailbox is listed).</param>
/// <param name="Deferred">How many enrollments were due but not sent that day, by the last reason the distributor gave.</param>
/// <param name="Completed">Enrollments that finished that day (every step run, a condition not met, the campaign ended, or no sending window opens).</param>
/// <param name="Stopped">Enrollments that stopped that day (replied, bounced…).</param>
/// <param name="BreakerTripped">Mailboxes whose breaker tripped that day.</param>
public sealed record DryRunDay(
    LocalDate Date,
    IReadOnlyList<DryRunSend> Sends,
    IReadOnlyDictionary<Id<MailboxAccount>, int> SendsPerMailbox,
    IReadOnlyDictionary<DeferralReason, int> Deferred,
    int Completed,
    int Stopped,
    IReadOnlyList<Id<MailboxAccount>> BreakerTripped)
{
    /// <summary>Gets how many first e-mails to new prospects went out.</summary>
    public int NewProspects => Sends.Count(s => !s.IsFollowUp);

    /// <summary>Gets how many follow-ups went out.</summary>
    public int FollowUps => Sends.Count(s => s.IsFollowUp);
}
