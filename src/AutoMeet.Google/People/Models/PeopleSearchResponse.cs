using System.Text.Json.Serialization;

namespace AutoMeet.Google.People.Models;

/// <summary>People's <c>SearchResponse</c> (the answer of <c>people.searchContacts</c> and <c>otherContacts.search</c>).</summary>
internal sealed record PeopleSearchResponse
{
    [JsonPropertyName("results")]
    public IReadOnlyList<PeopleSearchResult>? Results { get; init; }
}
