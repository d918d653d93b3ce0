using AutoMeet.Accounts;
using AutoMeet.Campaigns;
using AutoMeet.Messaging;
using AutoMeet.Notifications;
using AutoMeet.Prospects;
using AutoMeet.Replies;
using AutoMeet.Replies.Pipeline;
using AutoMeet.Scheduling;
using AutoMeet.Storage;

namespace AutoMeet.Meetings;

/// <summary>What a proposal needs, read before its transaction; <see cref="Outcome"/> is set when there is nothing to do.</summary>
internal sealed class ProposalContext
{
    public ProposalOutcome? Outcome { get; private init; }

    public UserId OwnerId { get; private init; }

    public ReplyDecision? Decision { get; private init; }

    public EmailThread? Thread { get; private init; }

    public Prospect? Prospect { get; private init; }

    public MailboxAccount? Account { get; private init; }

    public Campaign? Campaign { get; private init; }

    public CalendarSettings? Settings { get; private init; }

    public static async Task<ProposalContext> LoadAsync(IAutoMeetStore store, MeetingProposalRequest request, Id<Meeting> meetingId, CancellationToken cancellationToken)
    {
        if (await store.Meetings.FindAsync(meetingId, cancellationToken).ConfigureAwait(false) is not null)
        {
            return new ProposalContext { Outcome = ProposalOutcome.AlreadyHandled };
        }

        var decision = await store.ReplyDecisions.FindAsync(new Id<ReplyDecision>(request.DecisionId), cancellationToken).ConfigureAwait(false);
        var thread = await store.Threads.FindAsync(new Id<EmailThread>(request.ThreadId), cancellationToken).ConfigureAwait(false);
        var prospect = await store.Prospects.FindAsync(new Id<Prospect>(request.ProspectId), cancellationToken).ConfigureAwait(false);
        var account = thread is null ? null : await store.MailboxAccounts.FindAsync(thread.MailboxAccountId, cancellationToken).ConfigureAwait(false);
        if (decision is null || thread is null || prospect is null || account is null)
        {
            return new ProposalContext { Outcome = ProposalOutcome.Gone };
        }

        if (await MeetingSuppression.IsSuppressedAsync(store, account.OwnerId, prospect.Email, cancellationToken).ConfigureAwait(false))
        {
            // A suppressed address or domain gets no proposal: no meeting, no hold, no e-mail (logged by the scheduler).
            return new ProposalContext { Outcome = ProposalOutcome.Suppressed };
        }

        var campaign = request.CampaignId is { } campaignId ? await store.Campaigns.FindAsync(new Id<Campaign>(campaignId), cancellationToken).ConfigureAwait(false) : null;
        var settings = await store.CalendarSettings.FindByOwnerAsync(account.OwnerId, cancellationToken).ConfigureAwait(false);
        if (settings is null)
        {
            await store.Notifications.EnqueueAsync(
                new Notification
                {
                    OwnerId = account.OwnerId,
                    Kind = "meeting.no-calendar-settings",
                    Channel = NotificationChannel.Email,
                    Subject = "Set up your calendar to book meetings",
                    Body = "A prospect wants to meet, but AutoMeet cannot propose times before your calendar settings (working hours, zone) are saved.",
                    DeduplicationKey = "meeting.no-calendar-settings:" + decision.Id,
                    DueAt = decision.DecidedAt,
                },
                cancellationToken).ConfigureAwait(false);
            return new ProposalContext { Outcome = ProposalOutcome.NoCalendarSettings };
        }

        return new ProposalContext
        {
            OwnerId = account.OwnerId,
            Decision = decision,
            Thread = thread,
            Prospect = prospect,
            Account = account,
            Campaign = campaign,
            Settings = settings,
        };
    }
}
