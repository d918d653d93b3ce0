namespace AutoMeet.Google.Tests.Fakes;

/// <summary>A push channel the fake calendar holds (events.watch).</summary>
public sealed record FakeCalendarChannel(string Id, string ResourceId, string CalendarId, string Token, string Address, long ExpirationMs)
{
    public bool Stopped { get; set; }

    public int MessagesSent { get; set; }
}
