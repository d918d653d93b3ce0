using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AutoMeet.Messaging;
using AutoMeet.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AutoMeet.Samples.Tests.Web;

public sealed class AnalyticsExportEndpointsTests(SampleWebFactory factory) : IClassFixture<SampleWebFactory>
{
    private readonly string _owner = "exports-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task ActivityCsv_SeededCampaign_StreamsAttachmentWithNeutralisedCells()
    {
        using var client = factory.CreateClientFor(_owner);
        var id = await CreateCampaignAsync(client);
        await SeedAsync(id, new EmailEvent { Kind = EmailEventKind.Clicked, OccurredAt = Instant.FromUtc(2026, 10, 1, 9, 0), Detail = "=cmd|' /C calc'!A0", Variant = "A", StepPosition = 1 });

        var response = await client.GetAsync($"/api/campaigns/{id}/activity.csv?timeZone=Europe/Berlin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"campaign-{id}-activity.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("occurred_at,time_zone,campaign_id", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("2026-10-01T11:00:00+02:00,Europe/Berlin,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",'=cmd|' /C calc'!A0,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeetingsCsv_EmptyCampaign_ReturnsHeaderOnly()
    {
        using var client = factory.CreateClientFor(_owner);
        var id = await CreateCampaignAsync(client);

        var response = await client.GetAsync($"/api/campaigns/{id}/meetings.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("meeting_id,title,prospect_id", Assert.Single(lines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exports_BadInput_ReturnProblemsNamingTheField()
    {
        using var client = factory.CreateClientFor(_owner);
        var id = await CreateCampaignAsync(client);

        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync($"/api/campaigns/{id}/activity.csv?timeZone=Mars/Olympus"), "timeZone");
        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync($"/api/campaigns/{id}/meetings.csv?timeZone=Nowhere/City"), "timeZone");
        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync($"/api/campaigns/{id}/activity.csv?prospectId=nope"), "prospectId");
        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync("/api/campaigns/not-a-guid/meetings.csv"), "id");
        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync("/api/prospects/not-a-guid/activity.csv"), "id");
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/campaigns/{Guid.NewGuid()}/activity.csv"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Forecast_NewCampaign_SaysDataIsTooThin()
    {
        using var client = factory.CreateClientFor(_owner);
        var id = await CreateCampaignAsync(client);

        var response = await client.GetAsync($"/api/campaigns/{id}/forecast");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("dataTooThin").GetBoolean());
        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync($"/api/campaigns/{id}/forecast?confidence=1.5"), "confidence");
    }

    [Fact]
    public async Task SendHours_SeededCampaign_ReturnsSegmentsAndRejectsUnknownSegment()
    {
        using var client = factory.CreateClientFor(_owner);
        var id = await CreateCampaignAsync(client);
        await SeedAsync(id, new EmailEvent { Kind = EmailEventKind.Sent, OccurredAt = Instant.FromUtc(2026, 10, 1, 9, 0), Variant = "A", StepPosition = 1 });

        var response = await client.GetAsync($"/api/campaigns/{id}/send-hours?segment=variant");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var segment = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement[0];
        Assert.Equal("variant A", segment.GetProperty("segment").GetString());
        Assert.True(segment.GetProperty("dataTooThin").GetBoolean());
        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync($"/api/campaigns/{id}/send-hours?segment=moon"), "segment");
    }

    [Fact]
    public async Task Engagement_UnknownProspect_Returns404AndBadIdReturns400()
    {
        using var client = factory.CreateClientFor(_owner);

        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/prospects/{Guid.NewGuid()}/engagement"), HttpStatusCode.NotFound);
        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync("/api/prospects/xyz/engagement"), "id");
    }

    private static async Task<string> CreateCampaignAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/campaigns", new { name = "Exports" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
    }

    private async Task SeedAsync(string campaignId, params EmailEvent[] events)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
        var id = Id<Campaigns.Campaign>.Parse(campaignId, null);
        foreach (var e in events)
        {
            e.CampaignId = id;
        }

        await store.EmailEvents.AddRangeAsync(events);
    }
}
