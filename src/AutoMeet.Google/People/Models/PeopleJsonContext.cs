using System.Text.Json.Serialization;

namespace AutoMeet.Google.People.Models;

/// <summary>Source-generated JSON for the People REST models.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PeopleSearchResponse))]
[JsonSerializable(typeof(Gmail.Models.GmailErrorResponse))]
internal sealed partial class PeopleJsonContext : JsonSerializerContext;
