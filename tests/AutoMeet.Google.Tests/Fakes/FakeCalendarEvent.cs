using System.Text.Json.Nodes;

namespace AutoMeet.Google.Tests.Fakes;

/// <summary>An event held by the fake calendar: its Event resource as JSON, and the sync sequence of its last change.</summary>
public sealed class FakeCalendarEvent(string id, string calendarId, JsonObject resource)
{
    public string Id { get; } = id;

    public string CalendarId { get; } = calendarId;

    /// <summary>Gets the Event resource (field names as in the discovery document).</summary>
    public JsonObject Resource { get; } = resource;

    public long Sequence { get; set; }

    /// <summary>Gets or sets how many more events.get calls see the Meet conference as pending.</summary>
    public int PendingPolls { get; set; }

    public bool IsCancelled => (string?)Resource["status"] == "cancelled";

    public string? Summary => (string?)Resource["summary"];

    public string? HangoutLink => (string?)Resource["hangoutLink"];

    public string? ConferenceRequestId => (string?)Resource["conferenceData"]?["createRequest"]?["requestId"];
}
