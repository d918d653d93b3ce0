using System.Text.Json.Serialization;

namespace AutoMeet.Google.People.Models;

/// <summary>People's <c>Organization</c>.</summary>
internal sealed record PeopleOrganization
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("title")]
    public string? Title { get; init; }

    [JsonPropertyName("current")]
    public bool? Current { get; init; }
}
