using AutoMeet.Meetings;
using AutoMeet.Messaging;
using AutoMeet.Replies;

namespace AutoMeet.Analytics;

/// <summary>Accumulates events and meetings into <see cref="FunnelCounts"/>, counting unique messages per kind.</summary>
internal sealed class FunnelAccumulator
{
    private readonly HashSet<(EmailEventKind Kind, Guid Message)> _seen = [];
    private long _sent;
    private long _delivered;
    private long _bounced;
    private long _opened;
    private long _clicked;
    private long _replied;
    private long _positive;
    private long _outOfOffice;
    private long _unsubscribed;
    private long _complained;
    private long _proposed;
    private long _booked;
    private long _held;
    private long _noShow;
    private long _cancelled;

    /// <summary>Gets a value indicating whether a reply label marks a positive reply.</summary>
    public static bool IsPositive(ReplyLabel label) =>
        label is ReplyLabel.InterestedMeeting or ReplyLabel.InterestedInfo or ReplyLabel.Referral;

    public void Add(EmailEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var kind = e.Kind;
        ReplyLabel? label = null;
        if (kind == EmailEventKind.Replied && ReplyLabelNames.TryParseLabel(e.Detail?.Trim(), out var parsed))
        {
            label = parsed;
            if (parsed == ReplyLabel.Bounce)
            {
                kind = EmailEventKind.Bounced;
            }
        }

        if (e.MessageId is { } message && !_seen.Add((kind, message.Value)))
        {
            // Positive and out-of-office labels are counted with the first reply to a message only, like the reply itself.
            return;
        }

        switch (kind)
        {
            case EmailEventKind.Sent: _sent++; break;
            case EmailEventKind.Delivered: _delivered++; break;
            case EmailEventKind.Opened: _opened++; break;
            case EmailEventKind.Clicked: _clicked++; break;
            case EmailEventKind.Bounced: _bounced++; break;
            case EmailEventKind.Unsubscribed: _unsubscribed++; break;
            case EmailEventKind.Complained: _complained++; break;
            case EmailEventKind.Replied: AddReply(label, e.MessageId?.Value); break;
            default: break;
        }
    }

    public void Add(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        _proposed++;
        switch (meeting.Status)
        {
            case MeetingStatus.Scheduled: _booked++; break;
            case MeetingStatus.Completed: _booked++; _held++; break;
            case MeetingStatus.NoShow: _booked++; _noShow++; break;
            case MeetingStatus.Cancelled: _cancelled++; break;
            default: break;
        }
    }

    public FunnelCounts ToCounts()
    {
        var inferred = _delivered == 0;
        return new FunnelCounts
        {
            Sent = _sent,
            Delivered = inferred ? Math.Max(0, _sent - _bounced) : _delivered,
            DeliveredInferred = inferred,
            Bounced = _bounced,
            Opened = _opened,
            Clicked = _clicked,
            Replied = _replied,
            PositiveReplies = _positive,
            OutOfOfficeReplies = _outOfOffice,
            Unsubscribed = _unsubscribed,
            Complained = _complained,
            MeetingsProposed = _proposed,
            MeetingsBooked = _booked,
            MeetingsHeld = _held,
            MeetingsNoShow = _noShow,
            MeetingsCancelled = _cancelled,
        };
    }

    private void AddReply(ReplyLabel? label, Guid? message)
    {
        if (label == ReplyLabel.OutOfOffice)
        {
            _outOfOffice++;

            // An out-of-office note does not use up the message's reply: a later human reply still counts.
            if (message is { } id)
            {
                _seen.Remove((EmailEventKind.Replied, id));
            }

            return;
        }

        _replied++;
        if (label is { } l && IsPositive(l))
        {
            _positive++;
        }
    }
}
