using AutoMeet.Accounts;
using AutoMeet.Messaging;
using AutoMeet.Sending;
using AutoMeet.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Meetings.Aftercare;

/// <summary>
/// Composes the aftercare's e-mails for <see cref="MeetingMailer"/> (which sends them exactly once): the prospect's
/// reminder and no-show follow-up in the meeting's thread, and the owner's post-meeting links. A request that went
/// stale (the meeting moved, was cancelled or marked) composes nothing, and nothing goes to a suppressed prospect.
/// </summary>
internal sealed class AftercareEmails
{
    private readonly MeetingEmailComposer _composer;
    private readonly OutcomeTokens _tokens;
    private readonly IOptions<MeetingAftercareOptions> _options;
    private readonly IOptions<SendingOptions> _sending;
    private readonly ILogger _logger;

    public AftercareEmails(
        MeetingEmailComposer composer, OutcomeTokens tokens, IOptions<MeetingAftercareOptions> options, IOptions<SendingOptions> sending, ILoggerFactory? loggerFactory = null)
    {
        _composer = composer;
        _tokens = tokens;
        _options = options;
        _sending = sending;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<AftercareEmails>();
    }

    public static bool Handles(MeetingEmailKind kind) => kind is MeetingEmailKind.Reminder or MeetingEmailKind.OutcomeRequest or MeetingEmailKind.NoShowFollowUp;

    public async Task<(OutgoingEmail Email, Id<EmailThread>? ThreadId)?> ComposeAsync(IAutoMeetStore store, MeetingEmailRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        var meeting = await store.Meetings.FindAsync(new Id<Meeting>(request.MeetingId), cancellationToken).ConfigureAwait(false);
        var prospect = meeting is null ? null : await store.Prospects.FindAsync(meeting.ProspectId, cancellationToken).ConfigureAwait(false);
        var version = meeting is not null && request.Kind == MeetingEmailKind.Reminder
            ? await MeetingReminders.MoveVersionAsync(store, meeting.Id, cancellationToken).ConfigureAwait(false)
            : 0;
        if (meeting is null || prospect is null || !IsCurrent(meeting, request, version))
        {
            return null;
        }

        var thread = meeting.ThreadId is { } threadId ? await store.Threads.FindAsync(threadId, cancellationToken).ConfigureAwait(false) : null;
        var mailbox = await SenderAsync(store, meeting, thread, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Owner '{meeting.OwnerId}' has no connected mailbox to send the {request.Kind} e-mail of meeting {meeting.Id} from.");
        if (request.Kind == MeetingEmailKind.OutcomeRequest)
        {
            var settings = await store.CalendarSettings.FindByOwnerAsync(meeting.OwnerId, cancellationToken).ConfigureAwait(false);
            return (OutcomeRequest(request, meeting, prospect, mailbox, settings?.TimeZoneId), null);
        }

        if (thread is null)
        {
            return null;
        }

        if (await MeetingSuppression.IsSuppressedAsync(store, meeting.OwnerId, prospect.Email, cancellationToken).ConfigureAwait(false))
        {
            AftercareLog.EmailSuppressed(_logger, meeting.Id.Value, request.Kind);
            return null;
        }

        var email = request.Kind == MeetingEmailKind.Reminder
            ? _composer.Reminder(request, meeting, prospect, mailbox, thread)
            : await _composer.NoShowFollowUpAsync(store, request, meeting, prospect, mailbox, thread, _options.Value.NoShowFollowUpText, cancellationToken).ConfigureAwait(false);
        return (email, thread.Id);
    }

    // version: the meeting's move version (read for reminders only).
    private static bool IsCurrent(Meeting meeting, MeetingEmailRequest request, int version)
    {
        switch (request.Kind)
        {
            case MeetingEmailKind.Reminder:
                var marks = ReminderMarks.FromReference(request.Reference);
                return meeting.Status == MeetingStatus.Scheduled && meeting.Start == marks.Start && marks.IsSentFor(meeting)
                    && (marks.Version is not { } sent || sent == ReminderMarks.VersionOf(version));
            case MeetingEmailKind.OutcomeRequest:
                return meeting.Status == MeetingStatus.Scheduled && meeting.OutcomeRequestedAt is not null && meeting.Start.ToUnixTimeSeconds() == request.Reference;
            default:
                return meeting.Status == MeetingStatus.Proposed && meeting.Start.ToUnixTimeSeconds() == request.Reference;
        }
    }

    private OutgoingEmail OutcomeRequest(MeetingEmailRequest request, Meeting meeting, Prospects.Prospect prospect, MailboxAccount mailbox, string? ownerZoneId)
    {
        var options = _options.Value;
        var zone = _composer.OwnerZone(ownerZoneId);
        var expires = meeting.OutcomeRequestedAt!.Value + Duration.FromTimeSpan(options.OutcomeLinkLifetime);
        var held = Link(_tokens.Sign(meeting, MeetingOutcomeDecision.Completed, expires));
        var noShow = Link(_tokens.Sign(meeting, MeetingOutcomeDecision.NoShow, expires));
        var who = MeetingEmailComposer.ProspectName(prospect) + (string.IsNullOrWhiteSpace(prospect.Company) ? string.Empty : $" ({prospect.Company.Trim()})");
        var followUp = options.NoShowFollowUpEnabled ? " They will be offered new times by e-mail." : string.Empty;
        var rule = options.UnmarkedOutcomeAction == UnmarkedOutcomeAction.AssumeCompleted
            ? $"If you do not answer by {MeetingTimeText.At(meeting.OutcomeRequestedAt.Value + Duration.FromTimeSpan(options.UnmarkedOutcomeAfter), zone)}, the meeting is recorded as held."
            : "Until you answer, the meeting stays open.";
        var text = $"""
            Your meeting with {who} on {MeetingTimeText.Format(meeting.Start, meeting.End, zone)} has ended. Did it take place?

            It happened:
            {held}

            {MeetingEmailComposer.ProspectName(prospect)} did not show up (no-show).{followUp}
            {noShow}

            The links work once and expire on {MeetingTimeText.At(expires, zone)}. {rule}
            """;
        return MeetingEmailComposer.ToOwner(request, mailbox, $"[AutoMeet] Did your meeting with {MeetingEmailComposer.ProspectName(prospect)} take place?", text + "\n");
    }

    private string Link(string token) => new Uri(_sending.Value.PublicBaseUrl, "meeting-outcomes/" + Uri.EscapeDataString(token)).AbsoluteUri;

    /// <summary>The thread's mailbox (the owner's own), else the owner's first connected one.</summary>
    private static async Task<MailboxAccount?> SenderAsync(IAutoMeetStore store, Meeting meeting, EmailThread? thread, CancellationToken cancellationToken)
    {
        if (thread is not null && await store.MailboxAccounts.FindAsync(thread.MailboxAccountId, cancellationToken).ConfigureAwait(false) is { Status: AccountStatus.Connected } own)
        {
            return own;
        }

        var accounts = await store.MailboxAccounts.ListByOwnerAsync(meeting.OwnerId, cancellationToken).ConfigureAwait(false);
        return accounts.FirstOrDefault(a => a.Status == AccountStatus.Connected);
    }
}
