using System.Text;
using AutoMeet.Accounts;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Meetings;

/// <summary>The e-mails around a booked meeting: the prospect's reminder and the no-show re-booking offer (see <c>Aftercare</c>).</summary>
internal sealed partial class MeetingEmailComposer
{
    /// <summary>The prospect's reminder, in the thread: the time in their zone and the Meet link.</summary>
    public OutgoingEmail Reminder(MeetingEmailRequest request, Meeting meeting, Prospect prospect, MailboxAccount mailbox, EmailThread thread)
    {
        var zone = ProspectZone(prospect);
        var text = new StringBuilder();
        text.Append("Hi ").Append(string.IsNullOrWhiteSpace(prospect.FirstName) ? "there" : prospect.FirstName.Trim()).Append(",\n\n")
            .Append("A quick reminder of our meeting on ").Append(MeetingTimeText.Format(meeting.Start, meeting.End, zone)).Append(".\n\n");
        if (meeting.ConferenceUrl is { } url)
        {
            text.Append("Join with Google Meet: ").Append(url).Append("\n\n");
        }

        text.Append("If the time no longer works, just reply to this e-mail.\n\nSee you then,\n").Append(mailbox.DisplayName ?? string.Empty).Append('\n');
        return InThread(request, mailbox, thread, prospect, text.ToString());
    }

    /// <summary>The no-show follow-up, in the thread: the configured opening, then the offered (held) times in the prospect's zone.</summary>
    public async Task<OutgoingEmail> NoShowFollowUpAsync(
        IAutoMeetStore store, MeetingEmailRequest request, Meeting meeting, Prospect prospect, MailboxAccount mailbox, EmailThread thread, string opening, CancellationToken cancellationToken)
    {
        var zone = ProspectZone(prospect);
        var offer = await OfferedSlotsAsync(store, meeting, zone, cancellationToken).ConfigureAwait(false);
        var text = new StringBuilder();
        text.Append(opening
            .Replace("{first_name}", string.IsNullOrWhiteSpace(prospect.FirstName) ? "there" : prospect.FirstName.Trim(), StringComparison.Ordinal)
            .Replace("{sender_name}", mailbox.DisplayName ?? string.Empty, StringComparison.Ordinal)
            .TrimEnd()).Append("\n\n");
        foreach (var (start, end) in offer)
        {
            text.Append("- ").Append(MeetingTimeText.Format(start, end, zone)).Append('\n');
        }

        text.Append("\nTimes are shown in your time zone (").Append(MeetingTimeText.ZoneName(zone, meeting.Start))
            .Append("). Just reply with the one that suits you and I'll send the invitation.\n\n")
            .Append(mailbox.DisplayName ?? string.Empty).Append('\n');
        return InThread(request, mailbox, thread, prospect, text.ToString().TrimEnd() + "\n");
    }

    /// <summary>An e-mail to the owner, from and to their own mailbox, with the Message-ID fixed by the request.</summary>
    public static OutgoingEmail ToOwner(MeetingEmailRequest request, MailboxAccount mailbox, string subject, string text) => new()
    {
        MailboxAccountId = mailbox.Id,
        To = [new EmailAddress(mailbox.EmailAddress, mailbox.DisplayName)],
        Subject = subject,
        TextBody = text,
        RfcMessageId = MessageId(request, mailbox),
        Headers = new Dictionary<string, string> { ["Auto-Submitted"] = "auto-generated" },
    };

    /// <summary>The owner's zone, from their calendar settings (UTC when unknown).</summary>
    public DateTimeZone OwnerZone(string? zoneId) => zones.GetZoneOrNull(zoneId ?? string.Empty) ?? DateTimeZone.Utc;
}
