using System.Text.Json.Serialization;

namespace AutoMeet.Google.People.Models;

/// <summary>People's <c>SearchResult</c>.</summary>
internal sealed record PeopleSearchResult
{
    [JsonPropertyName("person")]
    public PeoplePerson? Person { get; init; }
}
