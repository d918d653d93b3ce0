using System.Globalization;
using System.Text;
using AutoMeet.Accounts;
using AutoMeet.Approvals;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Scheduling;
using AutoMeet.Sending;
using AutoMeet.Storage;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Meetings;

/// <summary>Writes the scheduler's e-mails. Prospect data is only ever inserted as plain text.</summary>
internal sealed partial class MeetingEmailComposer(
    SlotCheck slots, ApprovalTokens tokens, IDateTimeZoneProvider zones, IClock clock,
    IOptions<AutoMeetOptions> options, IOptions<SendingOptions> sending)
{
    public DateTimeZone ProspectZone(Prospect prospect) =>
        zones.GetZoneOrNull(prospect.TimeZoneId ?? string.Empty) ?? zones.GetZoneOrNull(options.Value.DefaultTimeZoneId) ?? DateTimeZone.Utc;

    public static string ProspectName(Prospect prospect)
    {
        var name = $"{prospect.FirstName} {prospect.LastName}".Trim();
        return name.Length == 0 ? "The prospect" : name;
    }

    /// <summary>The proposal (or alternatives) reply: the held times, in the prospect's zone; for the owner's suggestion, that time only.</summary>
    public async Task<OutgoingEmail> OfferAsync(
        IAutoMeetStore store, MeetingEmailRequest request, Meeting meeting, Prospect prospect, MailboxAccount mailbox, EmailThread thread, CancellationToken cancellationToken)
    {
        var zone = ProspectZone(prospect);
        var suggested = request.Kind == MeetingEmailKind.SuggestedTime;
        IReadOnlyList<(Instant Start, Instant End)> offer = suggested
            ? [(meeting.Start, meeting.End)] // the owner's suggestion, held for the prospect, and nothing else
            : await OfferedSlotsAsync(store, meeting, zone, cancellationToken).ConfigureAwait(false);
        var text = new StringBuilder();
        text.Append("Hi ").Append(string.IsNullOrWhiteSpace(prospect.FirstName) ? "there" : prospect.FirstName.Trim()).Append(",\n\n");
        text.Append(request.Kind switch
        {
            MeetingEmailKind.Alternatives => "I'm sorry, the time we had in mind is no longer free. Would one of these work instead?",
            MeetingEmailKind.SuggestedTime => "Thanks for picking a time. Unfortunately it doesn't work on my side after all. Would this time work for you instead?",
            _ => "Thanks for getting back to me. Would one of these times work for you?",
        });
        text.Append("\n\n");
        foreach (var (start, end) in offer)
        {
            text.Append("- ").Append(MeetingTimeText.Format(start, end, zone)).Append('\n');
        }

        text.Append(suggested ? "\nThe time is shown in your time zone (" : "\nTimes are shown in your time zone (").Append(MeetingTimeText.ZoneName(zone, meeting.Start))
            .Append(suggested ? "). If it suits you, just reply with it and I'll send the invitation.\n\n" : "). Just reply with the one that suits you and I'll send the invitation.\n\n")
            .Append(mailbox.DisplayName ?? string.Empty).Append('\n');
        return InThread(request, mailbox, thread, prospect, text.ToString().TrimEnd() + "\n");
    }

    /// <summary>The confirmation reply: time in the prospect's zone, Meet link, and the <c>.ics</c> file.</summary>
    public OutgoingEmail Confirmation(MeetingEmailRequest request, Meeting meeting, Prospect prospect, MailboxAccount mailbox, EmailThread thread)
    {
        var zone = ProspectZone(prospect);
        var text = new StringBuilder();
        text.Append("Hi ").Append(string.IsNullOrWhiteSpace(prospect.FirstName) ? "there" : prospect.FirstName.Trim()).Append(",\n\n")
            .Append("We're confirmed for ").Append(MeetingTimeText.Format(meeting.Start, meeting.End, zone)).Append(".\n\n");
        if (meeting.ConferenceUrl is { } url)
        {
            text.Append("Join with Google Meet: ").Append(url).Append("\n\n");
        }

        text.Append("A calendar invitation is on its way, and the attached ").Append(IcsInvite.FileName)
            .Append(" adds the meeting to any other calendar.\n\nLooking forward to it,\n").Append(mailbox.DisplayName ?? string.Empty).Append('\n');
        var organizer = new EmailAddress(mailbox.EmailAddress, mailbox.DisplayName);
        var attendee = new EmailAddress(prospect.Email, ProspectName(prospect));
        return InThread(request, mailbox, thread, prospect, text.ToString()) with
        {
            Attachments = [IcsInvite.Build(meeting, organizer, attendee, clock.GetCurrentInstant())],
        };
    }

    /// <summary>
    /// The owner's approval e-mail, from and to their own mailbox, with signed Approve and Decline links, and for a new
    /// meeting (not a move of a booked one) a Suggest-another-time link.
    /// </summary>
    public OutgoingEmail Approval(MeetingEmailRequest request, Meeting meeting, ApprovalRequest approval, Prospect prospect, MailboxAccount mailbox, string? ownerZoneId)
    {
        var zone = zones.GetZoneOrNull(ownerZoneId ?? string.Empty) ?? DateTimeZone.Utc;
        var approve = Link(tokens.Sign(approval, ApprovalDecision.Approve));
        var decline = Link(tokens.Sign(approval, ApprovalDecision.Decline));
        var who = ProspectName(prospect) + (string.IsNullOrWhiteSpace(prospect.Company) ? string.Empty : $" ({prospect.Company.Trim()})");
        var confidence = approval.Confidence is { } c ? string.Create(CultureInfo.InvariantCulture, $" The reply was classified with {c:P0} confidence.") : string.Empty;
        var reminder = request.Kind == MeetingEmailKind.ApprovalReminder ? "Reminder: this is still waiting for you. " : string.Empty;
        var move = MoveTexts(meeting, approval, who, zone);
        var suggest = move is null
            ? $"\n\nSuggest another time (pick one of your free times; it is held and proposed to the prospect in the thread):\n{Link(tokens.Sign(approval, ApprovalDecision.SuggestAnotherTime))}"
            : string.Empty;
        var text = $"""
            {reminder}{move?.Ask ?? $"{who} agreed to meet on {MeetingTimeText.Format(meeting.Start, meeting.End, zone)}."}{confidence}

            {move?.Held ?? "The slot is held for you until you decide."}

            {move?.Approve ?? "Approve and book it (with a Google Meet link):"}
            {approve}

            {move?.Decline ?? "Decline (the slot is released; nothing is sent to the prospect):"}
            {decline}{suggest}

            The links work once and expire on {MeetingTimeText.At(approval.ExpiresAt, zone)}.
            """;
        return new OutgoingEmail
        {
            MailboxAccountId = mailbox.Id,
            To = [new EmailAddress(mailbox.EmailAddress, mailbox.DisplayName)],
            Subject = $"[AutoMeet] {(reminder.Length > 0 ? "Reminder: " : string.Empty)}Approve {(move is null ? "meeting" : "moving the meeting")} with {ProspectName(prospect)}?",
            TextBody = text + "\n",
            RfcMessageId = MessageId(request, mailbox),
            Headers = new Dictionary<string, string> { ["Auto-Submitted"] = "auto-generated" },
        };
    }

    /// <summary>
    /// The slots the offer lists: the meeting's held times (<see cref="Meeting.HeldSlots"/>, decided when it was proposed, so
    /// a retry lists the same). A meeting proposed before those were stored holds only its first slot: that one, then the
    /// best other free times (ranked for the prospect).
    /// </summary>
    internal async Task<IReadOnlyList<(Instant Start, Instant End)>> OfferedSlotsAsync(IAutoMeetStore store, Meeting meeting, DateTimeZone zone, CancellationToken cancellationToken)
    {
        if (meeting.HeldSlots is { Count: > 0 } heldSlots)
        {
            return [.. heldSlots.Select(s => (s.Start, s.End))];
        }

        var held = new AvailableSlot(meeting.Start, meeting.End, 1);
        var settings = await store.CalendarSettings.FindByOwnerAsync(meeting.OwnerId, cancellationToken).ConfigureAwait(false);
        if (settings is null)
        {
            return [(held.Start, held.End)];
        }

        var question = await slots.BuildAsync(store, settings, zone, slots.SearchWindow(settings), m => m.Id == meeting.Id, [], cancellationToken).ConfigureAwait(false);
        var free = slots.Engine.GetSlots(question).Slots;
        var ranked = ProposalRanker.Choose(free, new ProposalPreferences(zone, options.Value.MaxSlotsPerProposal * 2));
        var list = MeetingSlots.WithHeldFirst(held, ranked, options.Value.MaxSlotsPerProposal);
        return [.. list.Select(s => (s.Start, s.End))];
    }

    private static OutgoingEmail InThread(MeetingEmailRequest request, MailboxAccount mailbox, EmailThread thread, Prospect prospect, string text)
    {
        var references = thread.Messages.Select(m => m.RfcMessageId).Where(id => id.Length > 0).ToList();
        var subject = thread.Subject.StartsWith("Re:", StringComparison.OrdinalIgnoreCase) ? thread.Subject : "Re: " + thread.Subject;
        return new OutgoingEmail
        {
            MailboxAccountId = mailbox.Id,
            To = [new EmailAddress(prospect.Email, ProspectName(prospect))],
            Subject = subject,
            TextBody = text,
            RfcMessageId = MessageId(request, mailbox),
            ProviderThreadId = thread.ProviderThreadId,
            InReplyTo = references.Count > 0 ? references[^1] : null,
            References = references,
        };
    }

    /// <summary>Fixed per request, on the sending mailbox's domain, so a retry finds what an earlier attempt sent.</summary>
    private static string MessageId(MeetingEmailRequest request, MailboxAccount mailbox)
    {
        var at = mailbox.EmailAddress.LastIndexOf('@');
        var domain = at > 0 && at < mailbox.EmailAddress.Length - 1 ? mailbox.EmailAddress[(at + 1)..].ToLowerInvariant() : "automeet.invalid";
        var kind = request.Kind.ToString().ToLowerInvariant();
        return string.Create(CultureInfo.InvariantCulture, $"meeting-{request.MeetingId:N}-{kind}-{request.Reference}.am@{domain}");
    }

    private string Link(string token) => new Uri(sending.Value.PublicBaseUrl, "approvals/" + Uri.EscapeDataString(token)).AbsoluteUri;
}
