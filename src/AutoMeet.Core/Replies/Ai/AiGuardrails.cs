using AutoMeet.Replies.Offline;
using AutoMeet.Replies.Signals;
using NodaTime;

namespace AutoMeet.Replies.Ai;

/// <summary>The caps applied to a valid model answer, and how it becomes a decision.</summary>
internal static class AiGuardrails
{
    /// <summary>Recorded when the model's self-reported confidence exceeded <see cref="AiReplyOptions.MaxConfidence"/>.</summary>
    public const string MaxConfidenceCapped = "guardrail:max-confidence";

    /// <summary>Recorded when the offline classifier strongly disagreed and the confidence was capped.</summary>
    public const string OfflineDisagrees = "guardrail:offline-disagrees";

    /// <summary>Recorded when a confidence was capped because the reply looks like a prompt injection.</summary>
    public const string ConfidenceCapped = "guardrail:confidence-capped";

    public static AiVerdict Apply(AiVerdict verdict, ReplyClassification offline, AiReplyOptions options, out List<string> guardrails)
    {
        guardrails = [];
        var confidence = verdict.Confidence;
        if (confidence > options.MaxConfidence)
        {
            confidence = options.MaxConfidence;
            guardrails.Add(MaxConfidenceCapped);
        }

        if (offline.Label != verdict.Label && offline.Confidence >= options.StrongOfflineConfidence && confidence > options.DisagreementConfidenceCap)
        {
            confidence = options.DisagreementConfidenceCap;
            guardrails.Add(OfflineDisagrees);
        }

        return verdict with { Confidence = confidence };
    }

    public static ReplyClassification ToClassification(AiVerdict verdict, ReplyInput reply, string newText, ReplyClassification offline, List<string> guardrails)
    {
        List<string> reasons = ["model:" + verdict.Label.ToWireName(), offline.Label == verdict.Label ? "offline:agrees" : "offline:" + offline.Label.ToWireName()];
        reasons.AddRange(guardrails);
        return new ReplyClassification
        {
            Label = verdict.Label,
            Objection = verdict.Objection,
            MeetingIntent = verdict.Label is ReplyLabel.InterestedMeeting or ReplyLabel.Reschedule,
            Sentiment = Math.Round(verdict.Sentiment, 3),
            Confidence = Math.Round(verdict.Confidence, 3),
            Classifier = AiReplyClassifier.ClassifierName,
            Reasons = reasons,
            ReturnDate = verdict.Label == ReplyLabel.OutOfOffice ? offline.ReturnDate ?? ReturnDate(reply, newText) : null,
        };
    }

    // The return date is read by the deterministic parser, never taken from the model.
    private static LocalDate? ReturnDate(ReplyInput reply, string newText)
    {
        var zone = reply.ProspectZone ?? DateTimeZone.Utc;
        var received = reply.ReceivedAt.InZone(zone).Date;
        return ReturnDateParser.TryParse(newText, received, UsZones.IsMonthFirst(zone), out var date) ? date : null;
    }
}
