namespace AutoMeet.Replies.Offline;

/// <summary>The precedence rules: bounce &gt; unsubscribe &gt; cancel/reschedule &gt; out_of_office &gt; referral &gt;
/// interested_meeting &gt; interested_info &gt; objection &gt; not_interested &gt; question.</summary>
public sealed partial class OfflineReplyClassifier
{
    private const float Threshold = 1f;

    private static Decision Decide(ref ReplyFeatures f, string subject, bool autoReply)
    {
        var notice = CalendarNotices.Classify(subject);
        if (notice is { } calendarLabel)
        {
            return new Decision(calendarLabel, null, DecisionPath.CalendarNotice, false, ["subject:calendar-notice"]);
        }

        if (f[Signal.Unsubscribe] >= Threshold || f.BareStop)
        {
            return new Decision(ReplyLabel.Unsubscribe, null, DecisionPath.Unsubscribe, false, [f.BareStop ? "text:stop" : "lexicon:unsubscribe"]);
        }

        var cancel = f[Signal.Cancel] >= Threshold || (f[Signal.CancelWeak] > 0 && (f[Signal.MeetingNoun] > 0 || f.Words <= 6));
        var reschedule = f[Signal.Reschedule] >= Threshold
            || (f[Signal.MoveWeak] > 0 && f[Signal.MeetingNoun] > 0 && (f[Signal.TimeRef] > 0 || f.HasClockTime));
        if (cancel || reschedule)
        {
            var label = reschedule && (!cancel || f[Signal.Reschedule] >= f[Signal.Cancel]) ? ReplyLabel.Reschedule : ReplyLabel.Cancel;
            return new Decision(label, null, DecisionPath.CancelOrReschedule, cancel && reschedule, [label == ReplyLabel.Cancel ? "lexicon:cancel" : "lexicon:reschedule"]);
        }

        if (autoReply)
        {
            return new Decision(ReplyLabel.OutOfOffice, null, DecisionPath.AutoReplyHeader, false, ["auto-reply"]);
        }

        if (f[Signal.OutOfOffice] >= Threshold || Signals.AutoReplyDetector.HasAutoReplySubject(subject))
        {
            return new Decision(ReplyLabel.OutOfOffice, null, DecisionPath.OutOfOfficeText, false, ["lexicon:out-of-office"]);
        }

        var objection = StrongestObjection(ref f, out var objectionScore, out var mixed);
        var meetingStrong = f[Signal.Meeting] >= Threshold;
        var hasTime = f[Signal.TimeRef] > 0 || f.HasClockTime;
        var declined = f[Signal.NotInterested] >= Threshold || (f[Signal.Decline] > 0 && f.Words <= 4) || f[Signal.Sarcasm] >= Threshold;
        var info = f[Signal.Info] >= Threshold || (f[Signal.RequestVerb] > 0 && f[Signal.InfoNoun] > 0);
        var meetingWeak = !meetingStrong && !declined && !info && objectionScore < Threshold
            && ((f[Signal.Affirm] >= Threshold && f.Words <= 5)
                || (hasTime && (f[Signal.Affirm] > 0 || f[Signal.MeetingNoun] > 0 || f[Signal.MeetingWeak] > 0 || f[Signal.Meeting] > 0))
                || (f[Signal.MeetingWeak] > 0 && (f[Signal.Affirm] > 0 || (f.HasQuestionMark && f.Words <= 12)))
                || (hasTime && f.HasQuestionMark && f[Signal.Negative] <= 0 && f[Signal.Decline] <= 0 && f[Signal.NotInterested] <= 0));
        var meeting = meetingStrong || meetingWeak;

        var handoff = f[Signal.Handoff] > 0 || f[Signal.WrongPerson] > 0;
        var referral = f.NamesSomeone && (handoff || (f.HasEmailAddress && !meeting) || (f[Signal.Include] > 0 && !meeting));
        if (referral && !(meeting && f[Signal.WrongPerson] <= 0 && f[Signal.Include] > 0))
        {
            return new Decision(ReplyLabel.Referral, null, DecisionPath.Referral, meeting, ["lexicon:referral", "text:named-person"]);
        }

        if (meeting)
        {
            var competing = info || objection is not null || declined;
            return new Decision(ReplyLabel.InterestedMeeting, null, meetingStrong ? DecisionPath.MeetingStrong : DecisionPath.MeetingWeak, competing, ["lexicon:meeting"]);
        }

        if (info)
        {
            return new Decision(ReplyLabel.InterestedInfo, null, DecisionPath.Info, objection is not null || declined, ["lexicon:info"]);
        }

        if (objection is { } type && objectionScore >= Threshold)
        {
            return new Decision(ReplyLabel.Objection, type, mixed ? DecisionPath.ObjectionMixed : DecisionPath.ObjectionSingle, declined, ["lexicon:objection:" + type.ToWireName()]);
        }

        if (declined)
        {
            return new Decision(ReplyLabel.NotInterested, null, DecisionPath.NotInterested, false, ["lexicon:not-interested"]);
        }

        if (f.HasQuestionMark || f[Signal.QuestionWord] > 0)
        {
            return new Decision(ReplyLabel.Question, null, DecisionPath.Question, false, ["text:question"]);
        }

        // Nothing decisive: lean on tone. A decline word or negative tone reads as a decline, an affirmation as agreement.
        if (f[Signal.Decline] > 0 || f[Signal.NotInterested] > 0 || f[Signal.Negative] > f[Signal.Positive])
        {
            return new Decision(ReplyLabel.NotInterested, null, DecisionPath.Fallback, false, ["fallback:negative"]);
        }

        if (f[Signal.Affirm] > 0 || f[Signal.MeetingWeak] > 0)
        {
            return new Decision(ReplyLabel.InterestedMeeting, null, DecisionPath.Fallback, false, ["fallback:positive"]);
        }

        return new Decision(ReplyLabel.Question, null, DecisionPath.Fallback, false, ["fallback"]);
    }

    private static ObjectionType? StrongestObjection(ref ReplyFeatures f, out float best, out bool mixed)
    {
        ReadOnlySpan<(Signal Signal, ObjectionType Type)> types =
        [
            (Signal.Competitor, ObjectionType.Competitor), (Signal.Budget, ObjectionType.Budget), (Signal.Authority, ObjectionType.Authority),
            (Signal.Timing, ObjectionType.Timing), (Signal.Need, ObjectionType.Need), (Signal.Trust, ObjectionType.Trust),
        ];
        ObjectionType? winner = null;
        best = 0;
        var present = 0;
        foreach (var (signal, type) in types)
        {
            var score = f[signal];
            if (signal == Signal.Authority && f[Signal.WrongPerson] > 0 && !f.NamesSomeone)
            {
                score += Threshold;
            }

            // Data and hosting words are neutral questions unless the tone is doubtful or negative.
            if (signal == Signal.Trust && (f[Signal.Negative] > 0 || f[Signal.Sarcasm] > 0 || f[Signal.Trust] > 0))
            {
                score += f[Signal.TrustWeak];
            }

            if (score >= Threshold)
            {
                present++;
            }

            if (score > best)
            {
                best = score;
                winner = type;
            }
        }

        mixed = present > 1;
        return winner;
    }
}
