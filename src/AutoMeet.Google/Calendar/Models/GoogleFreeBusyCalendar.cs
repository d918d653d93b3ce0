using System.Text.Json.Serialization;

namespace AutoMeet.Google.Calendar.Models;

/// <summary>The busy time of one calendar, or why it could not be read (discovery schema <c>FreeBusyCalendar</c>).</summary>
internal sealed class GoogleFreeBusyCalendar
{
    [JsonPropertyName("busy")]
    public IReadOnlyList<GoogleTimePeriod>? Busy { get; set; }

    [JsonPropertyName("errors")]
    public IReadOnlyList<GoogleCalendarError>? Errors { get; set; }
}
