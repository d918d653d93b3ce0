using System.Text.Json.Serialization;

namespace AutoMeet.Google.People.Models;

/// <summary>People's <c>EmailAddress</c>.</summary>
internal sealed record PeopleEmailAddress
{
    [JsonPropertyName("value")]
    public string? Value { get; init; }

    [JsonPropertyName("displayName")]
    public string? DisplayName { get; init; }
}
