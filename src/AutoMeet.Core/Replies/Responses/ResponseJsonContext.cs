using System.Text.Json.Serialization;

namespace AutoMeet.Replies.Responses;

/// <summary>Strict, source-generated parsing of the model's draft: no unknown properties, comments, trailing commas or numbers as strings.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    NumberHandling = JsonNumberHandling.Strict,
    PropertyNameCaseInsensitive = false,
    RespectNullableAnnotations = true,
    MaxDepth = 4)]
[JsonSerializable(typeof(ResponsePayload))]
internal sealed partial class ResponseJsonContext : JsonSerializerContext;
