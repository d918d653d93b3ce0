using AutoMeet.Meetings;
using AutoMeet.Messaging;
using AutoMeet.Replies;

namespace AutoMeet.Analytics;

/// <summary>
/// Folds the store's grouped counts (<see cref="EmailEventBucketCount"/>) and meetings into <see cref="FunnelCounts"/>
/// with the rules of <see cref="CampaignMetricsCalculator"/>.
/// </summary>
/// <remarks>
/// Rows of different steps or variants hold different messages (a message has one step and variant), so their
/// message counts add up exactly. Replies are grouped by label: a message counts once per label, so a message with two
/// replies of different labels (rare) counts twice here where the event-by-event calculator counts it once, and every
/// out-of-office reply counts (the calculator skips one that follows a human reply to the same message).
/// </remarks>
internal sealed class BucketCountAccumulator
{
    private readonly FunnelAccumulator _meetings = new();
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

    public void Add(EmailEventBucketCount row)
    {
        ArgumentNullException.ThrowIfNull(row);
        switch (row.Kind)
        {
            case EmailEventKind.Sent: _sent += row.Messages; break;
            case EmailEventKind.Delivered: _delivered += row.Messages; break;
            case EmailEventKind.Opened: _opened += row.Messages; break;
            case EmailEventKind.Clicked: _clicked += row.Messages; break;
            case EmailEventKind.Bounced: _bounced += row.Messages; break;
            case EmailEventKind.Unsubscribed: _unsubscribed += row.Messages; break;
            case EmailEventKind.Complained: _complained += row.Messages; break;
            case EmailEventKind.Replied: AddReplies(row); break;
            default: break;
        }
    }

    public void Add(Meeting meeting) => _meetings.Add(meeting);

    public FunnelCounts ToCounts()
    {
        var inferred = _delivered == 0;
        return _meetings.ToCounts() with
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
        };
    }

    private void AddReplies(EmailEventBucketCount row)
    {
        if (!ReplyLabelNames.TryParseLabel(row.ReplyLabel?.Trim(), out var label))
        {
            _replied += row.Messages;
            return;
        }

        switch (label)
        {
            case ReplyLabel.OutOfOffice: _outOfOffice += row.Events; break;
            case ReplyLabel.Bounce: _bounced += row.Messages; break;
            default:
                _replied += row.Messages;
                if (FunnelAccumulator.IsPositive(label))
                {
                    _positive += row.Messages;
                }

                break;
        }
    }
}
