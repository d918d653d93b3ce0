using System.Text.Json;

namespace AutoMeet.Replies.Ai;

/// <summary>Parses the model's availability answer strictly: the schema's shape, a known kind, windows only with kind <c>windows</c>.</summary>
internal static class AiAvailabilityParser
{
    public static bool TryParse(string answer, out AiAvailabilityPayload payload, out AvailabilityKind kind, out string failureReason)
    {
        payload = new AiAvailabilityPayload();
        kind = AvailabilityKind.None;
        AiAvailabilityPayload? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize(AiAnswerText.Unfence(answer), AiJsonContext.Default.AiAvailabilityPayload);
        }
        catch (JsonException)
        {
            parsed = null;
        }

        if (parsed is null || parsed.Windows.Exists(w => w is null))
        {
            failureReason = AiFallbackReasons.InvalidJson;
            return false;
        }

        switch (parsed.Kind)
        {
            case "windows" when parsed.Windows.Count > 0:
                kind = AvailabilityKind.Windows;
                break;
            case "none" when parsed.Windows.Count == 0:
                kind = AvailabilityKind.None;
                break;
            case "ambiguous" when parsed.Windows.Count == 0:
                kind = AvailabilityKind.Ambiguous;
                break;
            case "windows" or "none" or "ambiguous":
                failureReason = AiFallbackReasons.InvalidWindows;
                return false;
            default:
                failureReason = AiFallbackReasons.UnknownLabel;
                return false;
        }

        payload = parsed;
        failureReason = string.Empty;
        return true;
    }
}
