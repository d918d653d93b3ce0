using System.Text.Json.Serialization;

namespace AutoMeet.Replies.Ai;

/// <summary>Source-generated, strict parsing of model answers: no unknown properties, no comments, no trailing commas, no numbers as strings.</summary>
[JsonSourceGenerationOptions(
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    NumberHandling = JsonNumberHandling.Strict,
    PropertyNameCaseInsensitive = false,
    RespectNullableAnnotations = true,
    MaxDepth = 8)]
[JsonSerializable(typeof(AiClassificationPayload))]
[JsonSerializable(typeof(AiAvailabilityPayload))]
internal sealed partial class AiJsonContext : JsonSerializerContext;
