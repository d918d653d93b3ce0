using System.Text.Json;

namespace AutoMeet.Replies.Ai;

/// <summary>
/// The JSON schemas sent as the response format. The classification schema leaves out <c>bounce</c> (decided from the
/// message itself, never by a model) and uses <c>"none"</c> rather than <c>null</c> for "no objection", which every
/// provider's structured-output dialect accepts.
/// </summary>
internal static class AiSchemas
{
    public const string ClassificationName = "reply_classification";
    public const string AvailabilityName = "offered_availability";

    public static IReadOnlyList<string> ModelLabels { get; } =
    [
        "interested_meeting", "interested_info", "not_interested", "objection", "referral", "out_of_office",
        "unsubscribe", "reschedule", "cancel", "question",
    ];

    public static IReadOnlyList<string> ModelObjections { get; } = ["none", "timing", "budget", "authority", "competitor", "need", "trust"];

    public static JsonElement Classification { get; } = Parse($$"""
        {
          "type": "object",
          "properties": {
            "category": { "type": "string", "enum": [{{Quote(ModelLabels)}}], "description": "The one category of the reply." },
            "objection": { "type": "string", "enum": [{{Quote(ModelObjections)}}], "description": "The objection type when category is objection, otherwise none." },
            "sentiment": { "type": "number", "minimum": -1, "maximum": 1, "description": "-1 hostile, 0 neutral, 1 enthusiastic." },
            "confidence": { "type": "number", "minimum": 0, "maximum": 1, "description": "Probability that the category is right." }
          },
          "required": ["category", "objection", "sentiment", "confidence"],
          "additionalProperties": false
        }
        """);

    public static JsonElement Availability { get; } = Parse("""
        {
          "type": "object",
          "properties": {
            "kind": { "type": "string", "enum": ["windows", "none", "ambiguous"] },
            "windows": {
              "type": "array",
              "description": "Empty unless kind is windows.",
              "items": {
                "type": "object",
                "properties": {
                  "start": { "type": "string", "description": "Local start, yyyy-MM-ddTHH:mm:ss, in zone tz." },
                  "end": { "type": "string", "description": "Local end, yyyy-MM-ddTHH:mm:ss, in zone tz." },
                  "tz": { "type": "string", "description": "IANA time zone id, for example America/New_York." }
                },
                "required": ["start", "end", "tz"],
                "additionalProperties": false
              }
            }
          },
          "required": ["kind", "windows"],
          "additionalProperties": false
        }
        """);

    private static string Quote(IReadOnlyList<string> values) => string.Join(", ", values.Select(v => "\"" + v + "\""));

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
