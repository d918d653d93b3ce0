using AutoMeet.Calendars;
using AutoMeet.Notifications;
using AutoMeet.Scheduling;
using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Meetings;

/// <summary>The no-show re-booking offer: a new proposal (K times, all held) in the no-show meeting's thread, once.</summary>
internal sealed partial class MeetingScheduler
{
    /// <summary>The follow-up meeting of a no-show: one per no-show, so handling the follow-up again changes nothing.</summary>
    public static Id<Meeting> FollowUpIdFor(Id<Meeting> noShowId)
    {
        Span<byte> bytes = stackalloc byte[32];
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("automeet-no-show-follow-up:" + noShowId.Value.ToString("N")), bytes);
        return new Id<Meeting>(new Guid(bytes[..16]));
    }

    /// <summary>
    /// Offers a prospect who did not show up new times, the way a proposal does (the same slot search, every offered time held
    /// for <see cref="MeetingOptions.ProposalHold"/>), with the <see cref="MeetingEmailKind.NoShowFollowUp"/> e-mail queued in the
    /// same transaction. Nothing happens when it was done before, the meeting is no longer a no-show, the prospect is
    /// suppressed or already has a meeting in progress.
    /// </summary>
    public async Task<ProposalOutcome> ProposeFollowUpAsync(Id<Meeting> noShowId, CancellationToken cancellationToken)
    {
        var noShow = await _units.ReadAsync(store => store.Meetings.FindAsync(noShowId, cancellationToken)).ConfigureAwait(false);
        if (noShow is not { Status: MeetingStatus.NoShow })
        {
            return ProposalOutcome.NotNoShow;
        }

        var (prospect, settings) = await _units.ReadAsync(async store =>
            (await store.Prospects.FindAsync(noShow.ProspectId, cancellationToken).ConfigureAwait(false),
             await store.CalendarSettings.FindByOwnerAsync(noShow.OwnerId, cancellationToken).ConfigureAwait(false))).ConfigureAwait(false);
        if (prospect is null || noShow.ThreadId is null)
        {
            return ProposalOutcome.Gone;
        }

        if (settings is null)
        {
            return ProposalOutcome.NoCalendarSettings;
        }

        var zone = _composer.ProspectZone(prospect);
        var live = await _units.ReadAsync(store => _slots.ReadLiveBusyAsync(store, noShow.OwnerId, settings, _slots.SearchWindow(settings), cancellationToken)).ConfigureAwait(false);
        return await _units.RunAsync((store, token) => FollowUpAsync(store, noShow, prospect, zone, live, token), cancellationToken).ConfigureAwait(false);
    }

    private async Task<ProposalOutcome> FollowUpAsync(
        IAutoMeetStore store, Meeting noShow, Prospects.Prospect prospect, DateTimeZone zone, IReadOnlyList<BusyInterval> live, CancellationToken cancellationToken)
    {
        var settings = await OwnerLock.AcquireAsync(store, noShow.OwnerId, cancellationToken).ConfigureAwait(false);
        var meetingId = FollowUpIdFor(noShow.Id);
        if (await store.Meetings.FindAsync(meetingId, cancellationToken).ConfigureAwait(false) is not null)
        {
            return ProposalOutcome.AlreadyHandled;
        }

        if (await MeetingSuppression.IsSuppressedAsync(store, noShow.OwnerId, prospect.Email, cancellationToken).ConfigureAwait(false))
        {
            return ProposalOutcome.Suppressed;
        }

        var now = _clock.GetCurrentInstant();
        var existing = await store.Meetings.ListByProspectAsync(prospect.Id, cancellationToken).ConfigureAwait(false);
        if (existing.Any(m => m.Status is MeetingStatus.AwaitingApproval or MeetingStatus.Proposed || (m.Status == MeetingStatus.Scheduled && m.End > now)))
        {
            // The prospect is already arranging (or has) another meeting: no offer on top of it.
            return ProposalOutcome.MeetingInProgress;
        }

        var question = await _slots.BuildAsync(store, settings, zone, _slots.SearchWindow(settings), _ => false, live, cancellationToken).ConfigureAwait(false);
        var offer = ProposalRanker.Choose(_slots.Engine.GetSlots(question).Slots, new ProposalPreferences(zone, _autoMeet.Value.MaxSlotsPerProposal));
        if (offer.Count == 0)
        {
            await store.Notifications.EnqueueAsync(
                new Notification
                {
                    OwnerId = noShow.OwnerId,
                    Kind = "meeting.no-availability",
                    Channel = NotificationChannel.Email,
                    Subject = "No free time to offer after a no-show",
                    Body = $"{MeetingEmailComposer.ProspectName(prospect)} missed your meeting, but your calendar has no bookable time in the booking horizon to offer them. Reply to them yourself, or open up availability.",
                    Payload = MeetingAudit.Json(("meetingId", noShow.Id.ToString()), ("prospectId", prospect.Id.ToString())),
                    DeduplicationKey = "meeting.no-show-no-availability:" + noShow.Id,
                    DueAt = now,
                },
                cancellationToken).ConfigureAwait(false);
            return ProposalOutcome.NoAvailability;
        }

        var meeting = new Meeting
        {
            Id = meetingId,
            OwnerId = noShow.OwnerId,
            ProspectId = prospect.Id,
            CampaignId = noShow.CampaignId,
            ThreadId = noShow.ThreadId,
            CalendarAccountId = noShow.CalendarAccountId,
            Title = noShow.Title,
            Start = offer[0].Start,
            End = offer[0].End,
            ProspectTimeZoneId = zone.Id,
            Status = MeetingStatus.Proposed,
            HoldExpiresAt = now + Duration.FromTimeSpan(_options.Value.ProposalHold),
        };
        MeetingHolds.Hold(meeting, offer);
        await MeetingAudit.AddAsync(store, _clock, meeting, MeetingActor.Scheduler, "re-booking offer after a no-show (meeting " + noShow.Id + ")", cancellationToken).ConfigureAwait(false);
        await MeetingEmailRequest.EnqueueAsync(store, meeting.Id, MeetingEmailKind.NoShowFollowUp, meeting.Start, now, cancellationToken).ConfigureAwait(false);
        return ProposalOutcome.TimesOffered;
    }
}
