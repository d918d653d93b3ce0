using System.Text.Json.Serialization;

namespace AutoMeet.Google.People.Models;

/// <summary>People's <c>Person</c>, with the fields AutoMeet reads.</summary>
internal sealed record PeoplePerson
{
    [JsonPropertyName("resourceName")]
    public string? ResourceName { get; init; }

    [JsonPropertyName("names")]
    public IReadOnlyList<PeopleName>? Names { get; init; }

    [JsonPropertyName("emailAddresses")]
    public IReadOnlyList<PeopleEmailAddress>? EmailAddresses { get; init; }

    [JsonPropertyName("organizations")]
    public IReadOnlyList<PeopleOrganization>? Organizations { get; init; }
}
