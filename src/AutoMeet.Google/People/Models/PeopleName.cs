using System.Text.Json.Serialization;

namespace AutoMeet.Google.People.Models;

/// <summary>People's <c>Name</c>.</summary>
internal sealed record PeopleName
{
    [JsonPropertyName("displayName")]
    public string? DisplayName { get; init; }

    [JsonPropertyName("givenName")]
    public string? GivenName { get; init; }

    [JsonPropertyName("familyName")]
    public string? FamilyName { get; init; }
}
