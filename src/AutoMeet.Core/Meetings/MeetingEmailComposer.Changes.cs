using System.Text;
using AutoMeet.Accounts;
using AutoMeet.Approvals;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Scheduling;
using AutoMeet.Storage;

namespace AutoMeet.Meetings;

/// <summary>The e-mails about a booked meeting that changed: moved, cancelled, or other times to move to.</summary>
internal sealed partial class MeetingEmailComposer
{
    /// <summary>The audit action of a move of a booked meeting; their count is the <c>.ics</c> SEQUENCE.</summary>
    internal const string RescheduledAction = "meeting.rescheduled";

    public async Task<OutgoingEmail> ChangeAsync(
        IAutoMeetStore store, MeetingEmailRequest request, Meeting meeting, Prospect prospect, MailboxAccount mailbox, EmailThread thread, CancellationToken cancellationToken)
    {
        var zone = ProspectZone(prospect);
        var text = new StringBuilder();
        text.Append("Hi ").Append(string.IsNullOrWhiteSpace(prospect.FirstName) ? "there" : prospect.FirstName.Trim()).Append(",\n\n");
        var when = MeetingTimeText.Format(meeting.Start, meeting.End, zone);
        switch (request.Kind)
        {
            case MeetingEmailKind.Rescheduled:
                text.Append("Our meeting has moved to ").Append(when).Append(".\n\n");
                if (meeting.ConferenceUrl is { } url)
                {
                    text.Append("The Google Meet link stays the same: ").Append(url).Append("\n\n");
                }

                text.Append("Your calendar invitation is updated, and the attached ").Append(IcsInvite.FileName)
                    .Append(" updates the meeting in any other calendar.\n\nSee you then,\n").Append(mailbox.DisplayName ?? string.Empty).Append('\n');
                var sequence = (await store.AuditLog.ListForEntityAsync(nameof(Meeting), meeting.Id.ToString(), cancellationToken).ConfigureAwait(false))
                    .Count(e => e.Action is RescheduledAction or Changes.MeetingEventSync.MovedInCalendarAction);
                var organizer = new EmailAddress(mailbox.EmailAddress, mailbox.DisplayName);
                var attendee = new EmailAddress(prospect.Email, ProspectName(prospect));
                return InThread(request, mailbox, thread, prospect, text.ToString()) with
                {
                    Attachments = [IcsInvite.Build(meeting, organizer, attendee, clock.GetCurrentInstant(), sequence)],
                };

            case MeetingEmailKind.CancellationConfirmed:
                text.Append("Thanks for letting me know. I've cancelled our meeting on ").Append(when)
                    .Append(".\n\nIf you'd like to find another time later, just reply to this e-mail.\n\n");
                break;

            case MeetingEmailKind.Cancelled:
                text.Append("I'm sorry, I have to cancel our meeting on ").Append(when)
                    .Append(".\n\nIf you'd still like to talk, just reply and we'll find another time.\n\n");
                break;

            default:
                text.Append("Unfortunately the time you suggested doesn't work on my side. Our meeting stays on ").Append(when)
                    .Append(" unless one of these suits you better:\n\n");
                foreach (var slot in await MoveOptionsAsync(store, meeting, zone, cancellationToken).ConfigureAwait(false))
                {
                    text.Append("- ").Append(MeetingTimeText.Format(slot.Start, slot.End, zone)).Append('\n');
                }

                text.Append("\nTimes are shown in your time zone (").Append(MeetingTimeText.ZoneName(zone, meeting.Start))
                    .Append("). Just reply with the one you prefer and I'll move the invitation.\n\n");
                break;
        }

        text.Append(mailbox.DisplayName ?? string.Empty).Append('\n');
        return InThread(request, mailbox, thread, prospect, text.ToString().TrimEnd() + "\n");
    }

    /// <summary>The approval e-mail's lines when it asks to move a booked meeting (see <c>Changes.MeetingMoveApprovals</c>), else <see langword="null"/>.</summary>
    private static (string Ask, string Held, string Approve, string Decline)? MoveTexts(Meeting meeting, ApprovalRequest approval, string who, NodaTime.DateTimeZone zone)
    {
        if (!Changes.MeetingMoveApprovals.IsMove(approval, meeting))
        {
            return null;
        }

        var to = approval.SuggestedStart!.Value;
        return (
            $"{who} asks to move your meeting of {MeetingTimeText.Format(meeting.Start, meeting.End, zone)} to {MeetingTimeText.Format(to, to + (meeting.End - meeting.Start), zone)}, which is free.",
            "Nothing changes until you decide; the time is checked again when you approve.",
            "Approve and move it (the invitation and its Google Meet link stay the same):",
            "Decline (the meeting stays as booked; nothing is sent to the prospect):");
    }

    /// <summary>Free times other than the meeting's own (which does not block itself), ranked for the prospect; nothing is held.</summary>
    private async Task<IReadOnlyList<AvailableSlot>> MoveOptionsAsync(IAutoMeetStore store, Meeting meeting, NodaTime.DateTimeZone zone, CancellationToken cancellationToken)
    {
        var settings = await store.CalendarSettings.FindByOwnerAsync(meeting.OwnerId, cancellationToken).ConfigureAwait(false);
        if (settings is null)
        {
            return [];
        }

        var question = await slots.BuildAsync(store, settings, zone, slots.SearchWindow(settings), m => m.Id == meeting.Id, meeting.CalendarEventId, [], cancellationToken).ConfigureAwait(false);
        var free = slots.Engine.GetSlots(question).Slots.Where(s => s.End <= meeting.Start || s.Start >= meeting.End).ToList();
        return ProposalRanker.Choose(free, new ProposalPreferences(zone, options.Value.MaxSlotsPerProposal));
    }
}
