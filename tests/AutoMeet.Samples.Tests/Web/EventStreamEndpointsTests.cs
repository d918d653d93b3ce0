using System.Net;
using System.Text.Json;
using AutoMeet.Events;
using AutoMeet.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AutoMeet.Samples.Tests.Web;

public sealed class EventStreamEndpointsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Stream_DroppedConnection_ResumesWithLastEventIdWithoutLossOrDuplicates()
    {
        using var factory = new SampleWebFactory();
        var owner = "sse-" + Guid.NewGuid().ToString("N")[..8];
        var e1 = await AppendAsync(factory, owner, DomainEventTypes.EmailSent);
        var e2 = await AppendAsync(factory, owner, DomainEventTypes.EmailOpened);
        await AppendAsync(factory, "someone-else", DomainEventTypes.EmailSent);
        var e3 = await AppendAsync(factory, owner, DomainEventTypes.ReplyClassified);

        using (var first = factory.CreateClientFor(owner))
        {
            using var response = await first.GetAsync(new Uri("/events/stream?after=0", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
            await using var sse = new SseReader(await response.Content.ReadAsStreamAsync());
            var hello = await sse.ReadAsync(Patience);
            Assert.Equal("3000", hello.Retry);
            Assert.Equal(e1.Position.ToString(System.Globalization.CultureInfo.InvariantCulture), (await sse.ReadEventAsync(Patience)).Id);
            Assert.Equal(e2.Position.ToString(System.Globalization.CultureInfo.InvariantCulture), (await sse.ReadEventAsync(Patience)).Id);

            // The connection drops here, after e2: e3 was sent or not, the client only knows it saw e2.
        }

        var e4 = await AppendAsync(factory, owner, DomainEventTypes.MeetingBooked);
        using var second = factory.CreateClientFor(owner);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/events/stream", UriKind.Relative));
        request.Headers.Add("Last-Event-ID", e2.Position.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var resumedResponse = await second.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await using var resumed = new SseReader(await resumedResponse.Content.ReadAsStreamAsync());

        var m3 = await resumed.ReadEventAsync(Patience);
        var m4 = await resumed.ReadEventAsync(Patience);
        var e5 = await AppendAsync(factory, owner, DomainEventTypes.MeetingCancelled);
        var m5 = await resumed.ReadEventAsync(Patience);

        Assert.Equal([e3.Position, e4.Position, e5.Position], new[] { m3, m4, m5 }.Select(m => long.Parse(m.Id!, System.Globalization.CultureInfo.InvariantCulture)));
        using var data = JsonDocument.Parse(m4.Data!);
        Assert.Equal(DomainEventTypes.MeetingBooked, data.RootElement.GetProperty("type").GetString());
        Assert.Equal(owner, data.RootElement.GetProperty("ownerId").GetString());
        Assert.Equal(e4.Position, data.RootElement.GetProperty("position").GetInt64());
    }

    [Fact]
    public async Task Stream_TypesFilter_SendsOnlyThoseTypes()
    {
        using var factory = new SampleWebFactory();
        var owner = "sse-" + Guid.NewGuid().ToString("N")[..8];
        await AppendAsync(factory, owner, DomainEventTypes.EmailSent);
        var booked = await AppendAsync(factory, owner, DomainEventTypes.MeetingBooked);

        using var client = factory.CreateClientFor(owner);
        using var response = await client.GetAsync(new Uri("/events/stream?after=0&types=meeting.booked,meeting.cancelled", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        await using var sse = new SseReader(await response.Content.ReadAsStreamAsync());

        Assert.Equal(booked.Position.ToString(System.Globalization.CultureInfo.InvariantCulture), (await sse.ReadEventAsync(Patience)).Id);
    }

    [Fact]
    public async Task Stream_NoEvents_SendsHeartbeatComments()
    {
        using var factory = new FakeClockWebFactory();
        using var client = factory.CreateClientFor("sse-heartbeat");
        using var response = await client.GetAsync(new Uri("/events/stream", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        await using var sse = new SseReader(await response.Content.ReadAsStreamAsync());
        Assert.Contains("connected", (await sse.ReadAsync(Patience)).Comments);

        var next = sse.ReadAsync(Patience);
        for (var i = 0; i < 100 && !next.IsCompleted; i++)
        {
            factory.Time.Advance(TimeSpan.FromSeconds(15));
            await Task.Delay(20);
        }

        Assert.Contains("heartbeat", (await next).Comments);
    }

    [Theory]
    [InlineData("Last-Event-ID", "abc", "/events/stream")]
    [InlineData(null, null, "/events/stream?after=-1")]
    [InlineData(null, null, "/events/stream?campaignId=nope")]
    public async Task Stream_BadPosition_Returns400NamingTheField(string? header, string? value, string url)
    {
        using var factory = new SampleWebFactory();
        using var client = factory.CreateClientFor("sse-bad");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (header is not null)
        {
            request.Headers.TryAddWithoutValidation(header, value);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains(header ?? (url.Contains("after", StringComparison.Ordinal) ? "after" : "campaignId"), body, StringComparison.Ordinal);
    }

    private static async Task<DomainEvent> AppendAsync(SampleWebFactory factory, string owner, string type)
    {
        var domainEvent = new DomainEvent
        {
            Type = type,
            OccurredAt = Instant.FromUtc(2026, 11, 2, 9, 0),
            OwnerId = new UserId(owner),
            EntityType = "Test",
            EntityId = Guid.NewGuid().ToString(),
            Payload = "{\"step\":1}",
        };
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IAutoMeetStore>().DomainEvents.AppendAsync(domainEvent);
        return domainEvent;
    }
}
