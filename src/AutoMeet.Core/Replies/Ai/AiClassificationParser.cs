using System.Text.Json;

namespace AutoMeet.Replies.Ai;

/// <summary>Parses and validates the model's classification answer; any defect is a fallback reason, never an exception.</summary>
internal static class AiClassificationParser
{
    public static bool TryParse(string answer, out AiVerdict verdict, out string failureReason)
    {
        verdict = default;
        AiClassificationPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize(AiAnswerText.Unfence(answer), AiJsonContext.Default.AiClassificationPayload);
        }
        catch (JsonException)
        {
            payload = null;
        }

        if (payload is null)
        {
            failureReason = AiFallbackReasons.InvalidJson;
            return false;
        }

        if (!ReplyLabelNames.TryParseLabel(payload.Category, out var label) || !payload.Category.Equals(label.ToWireName(), StringComparison.Ordinal))
        {
            failureReason = AiFallbackReasons.UnknownLabel;
            return false;
        }

        if (label == ReplyLabel.Bounce)
        {
            failureReason = AiFallbackReasons.ForbiddenLabel;
            return false;
        }

        ObjectionType? objection = null;
        if (label == ReplyLabel.Objection)
        {
            if (!ReplyLabelNames.TryParseObjection(payload.Objection, out var type) || !payload.Objection.Equals(type.ToWireName(), StringComparison.Ordinal))
            {
                failureReason = AiFallbackReasons.InvalidObjection;
                return false;
            }

            objection = type;
        }
        else if (!payload.Objection.Equals("none", StringComparison.Ordinal))
        {
            failureReason = AiFallbackReasons.InvalidObjection;
            return false;
        }

        if (!double.IsFinite(payload.Confidence) || payload.Confidence is < 0 or > 1
            || !double.IsFinite(payload.Sentiment) || payload.Sentiment is < -1 or > 1)
        {
            failureReason = AiFallbackReasons.OutOfRange;
            return false;
        }

        verdict = new AiVerdict(label, objection, payload.Sentiment, payload.Confidence);
        failureReason = string.Empty;
        return true;
    }
}
