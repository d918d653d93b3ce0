using System.Text.Json.Serialization;

namespace AutoMeet.Google.Calendar.Models;

/// <summary>The conference (Meet) of an event (discovery schema <c>ConferenceData</c>).</summary>
internal sealed class GoogleConferenceData
{
    [JsonPropertyName("conferenceId")]
    public string? ConferenceId { get; set; }

    [JsonPropertyName("createRequest")]
    public GoogleCreateConferenceRequest? CreateRequest { get; set; }

    [JsonPropertyName("entryPoints")]
    public IReadOnlyList<GoogleEntryPoint>? EntryPoints { get; set; }
}
