using System.Globalization;
using AutoMeet.Meetings;
using AutoMeet.Messaging;
using AutoMeet.Replies;
using NodaTime;

namespace AutoMeet.Analytics.Engagement;

/// <summary>
/// Scores how warm a prospect is from what they did and how long ago; pure.
/// </summary>
/// <remarks>
/// <para>Each signal earns points (see <see cref="EngagementScoringOptions"/>), multiplied by the decay
/// 0.5 ^ (age / half-life), so a positive reply two weeks old counts half as much as one today. The score is the sum,
/// rounded and clamped to 0 … 100; every contributing signal is returned as a line ("+28 replied positively 2 days ago").</para>
/// <list type="bullet">
/// <item>Replies: from the stored <see cref="ReplyDecision"/> (label and sentiment); a <c>Replied</c> event whose message has
/// no decision is read from its label in <see cref="EmailEvent.Detail"/>. Positive labels (interested in a meeting or
/// information, referral) earn the positive points; not-interested, unsubscribe and cancel earn the negative points;
/// out-of-office and bounce replies earn nothing; the rest are neutral, adjusted by the sentiment.</item>
/// <item>Clicks and opens count once per message, only the most recent few; opens earn little because they are unreliable.</item>
/// <item>Unsubscribes and complaints lower the score; meetings booked, held and missed count by their status at <see cref="Meeting.Start"/>.</item>
/// </list>
/// </remarks>
public static class EngagementScorer
{
    /// <summary>Scores one prospect.</summary>
    /// <param name="events">The prospect's e-mail events.</param>
    /// <param name="replies">The prospect's reply decisions.</param>
    /// <param name="meetings">The prospect's meetings.</param>
    /// <param name="now">The scoring instant (from the injected clock).</param>
    /// <param name="options">The points and half-life; <see cref="EngagementScoringOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The score with its lines.</returns>
    /// <exception cref="AnalyticsValidationException">The half-life is not positive or a cap is negative.</exception>
    public static EngagementScore Score(IEnumerable<EmailEvent> events, IEnumerable<ReplyDecision> replies, IEnumerable<Meeting> meetings, Instant now, EngagementScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(replies);
        ArgumentNullException.ThrowIfNull(meetings);
        options ??= EngagementScoringOptions.Default;
        Validate(options);

        var signals = new List<(double Points, string What, Instant At)>();
        var decisions = replies.ToList();
        var decided = decisions.Select(d => d.MessageId).ToHashSet();
        foreach (var decision in decisions)
        {
            if (Reply(decision.Label, decision.Sentiment, options) is { } reply)
            {
                signals.Add((reply.Points, reply.What, decision.DecidedAt));
            }
        }

        var eventList = events.ToList();
        foreach (var e in eventList.Where(e => e.Kind == EmailEventKind.Replied && (e.MessageId is null || !decided.Contains(e.MessageId.Value))))
        {
            var label = ReplyLabelNames.TryParseLabel(e.Detail?.Trim(), out var parsed) ? parsed : ReplyLabel.Question;
            if (Reply(label, 0, options) is { } reply)
            {
                signals.Add((reply.Points, reply.What, e.OccurredAt));
            }
        }

        signals.AddRange(Latest(eventList, EmailEventKind.Clicked, options.MaxClicksCounted).Select(at => (options.ClickPoints, "clicked a link", at)));
        signals.AddRange(Latest(eventList, EmailEventKind.Opened, options.MaxOpensCounted).Select(at => (options.OpenPoints, "opened a message (opens are unreliable)", at)));
        signals.AddRange(eventList.Where(e => e.Kind is EmailEventKind.Unsubscribed or EmailEventKind.Complained)
            .Select(e => (options.UnsubscribePoints, e.Kind == EmailEventKind.Unsubscribed ? "unsubscribed" : "marked a message as spam", e.OccurredAt)));
        foreach (var meeting in meetings)
        {
            (double Points, string What)? signal = meeting.Status switch
            {
                MeetingStatus.Scheduled => (options.MeetingBookedPoints, "booked a meeting"),
                MeetingStatus.Completed => (options.MeetingHeldPoints, "held a meeting"),
                MeetingStatus.NoShow => (options.NoShowPoints, "missed a meeting"),
                _ => null,
            };
            if (signal is { } s)
            {
                signals.Add((s.Points, s.What, meeting.Start));
            }
        }

        var lines = signals
            .Select(s => Line(s.Points, s.What, s.At, now, options.HalfLife))
            .Where(l => l.Points != 0 || l.BasePoints != 0)
            .OrderByDescending(l => Math.Abs(l.BasePoints * l.Decay))
            .ThenBy(l => l.Age)
            .ToList();
        var raw = signals.Sum(s => s.Points * Decay(now - s.At, options.HalfLife));
        return new EngagementScore((int)Math.Clamp(Math.Round(raw, MidpointRounding.AwayFromZero), 0, 100), raw, lines);
    }

    private static (double Points, string What)? Reply(ReplyLabel label, double sentiment, EngagementScoringOptions options)
    {
        var name = label.ToWireName();
        return label switch
        {
            ReplyLabel.InterestedMeeting or ReplyLabel.InterestedInfo or ReplyLabel.Referral => (options.PositiveReplyPoints, $"replied positively ({name})"),
            ReplyLabel.NotInterested or ReplyLabel.Unsubscribe or ReplyLabel.Cancel => (options.NegativeReplyPoints, $"replied negatively ({name})"),
            ReplyLabel.OutOfOffice or ReplyLabel.Bounce => null,
            _ => (options.NeutralReplyPoints + (Math.Clamp(double.IsFinite(sentiment) ? sentiment : 0, -1, 1) * options.SentimentPoints),
                $"replied ({name}, sentiment {sentiment.ToString("+0.0;-0.0;0", CultureInfo.InvariantCulture)})"),
        };
    }

    private static IEnumerable<Instant> Latest(List<EmailEvent> events, EmailEventKind kind, int max) =>
        events.Where(e => e.Kind == kind)
            .GroupBy(e => e.MessageId?.Value ?? e.Id.Value)
            .Select(g => g.Max(e => e.OccurredAt))
            .OrderByDescending(at => at)
            .Take(max);

    private static EngagementLine Line(double points, string what, Instant at, Instant now, Duration halfLife)
    {
        var age = now > at ? now - at : Duration.Zero;
        var decay = Decay(age, halfLife);
        return new EngagementLine((int)Math.Round(points * decay, MidpointRounding.AwayFromZero), points, decay, what, at, age);
    }

    private static double Decay(Duration age, Duration halfLife) =>
        age <= Duration.Zero ? 1 : Math.Pow(0.5, age / halfLife);

    private static void Validate(EngagementScoringOptions options)
    {
        if (options.HalfLife <= Duration.Zero)
        {
            throw new AnalyticsValidationException("halfLife", options.HalfLife.ToString(), "The half-life must be positive.");
        }

        if (options.MaxOpensCounted < 0 || options.MaxClicksCounted < 0)
        {
            throw new AnalyticsValidationException("maxOpensCounted", options.MaxOpensCounted.ToString(CultureInfo.InvariantCulture), "The caps cannot be negative.");
        }
    }
}
