using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AutoMeet.Messaging;
using AutoMeet.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AutoMeet.Samples.Tests.Web;

public sealed class AnalyticsEndpointsTests(SampleWebFactory factory) : IClassFixture<SampleWebFactory>
{
    private readonly string _owner = "analytics-" + Guid.NewGuid().ToString("N");

    private static async Task<string> CreateCampaignAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/campaigns", new { name = "Q4 outbound" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
    }

    private async Task SeedAsync(string campaignId, params (EmailEventKind Kind, Instant At, string? Variant, string? Detail)[] events)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
        var id = Id<Campaigns.Campaign>.Parse(campaignId, null);
        await store.EmailEvents.AddRangeAsync([.. events.Select(e => new EmailEvent { Kind = e.Kind, OccurredAt = e.At, CampaignId = id, StepPosition = 1, Variant = e.Variant, Detail = e.Detail })]);
    }

    [Fact]
    public async Task Metrics_SeededCampaign_ReturnsCountsAndRatesWithDenominators()
    {
        using var client = factory.CreateClientFor(_owner);
        var id = await CreateCampaignAsync(client);
        var t0 = Instant.FromUtc(2026, 10, 1, 9, 0);
        await SeedAsync(id, (EmailEventKind.Sent, t0, "A", null), (EmailEventKind.Sent, t0, "A", null), (EmailEventKind.Sent, t0, "B", null), (EmailEventKind.Bounced, t0, "B", null), (EmailEventKind.Replied, t0, "A", "interested_meeting"), (EmailEventKind.Replied, t0, "A", "out_of_office"));

        var response = await client.GetAsync($"/api/campaigns/{id}/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement[0];
        var counts = row.GetProperty("counts");
        Assert.Equal(3, counts.GetProperty("sent").GetInt64());
        Assert.Equal(1, counts.GetProperty("replied").GetInt64());
        Assert.Equal(1, counts.GetProperty("outOfOfficeReplies").GetInt64());
        Assert.Equal("delivered", row.GetProperty("replyRate").GetProperty("denominatorName").GetString());
        Assert.Equal(0.5, row.GetProperty("replyRate").GetProperty("value").GetDouble());
    }

    [Fact]
    public async Task TimeSeries_DailyBerlinOverDstChange_Returns25HourDay()
    {
        using var client = factory.CreateClientFor(_owner);
        var id = await CreateCampaignAsync(client);
        await SeedAsync(id, (EmailEventKind.Sent, Instant.FromUtc(2026, 10, 25, 12, 0), "A", null));

        var response = await client.GetAsync($"/api/campaigns/{id}/timeseries?from=2026-10-23T22:00:00Z&to=2026-10-27T23:00:00Z&bucket=day&timeZone=Europe/Berlin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var buckets = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("buckets");
        Assert.Equal(4, buckets.GetArrayLength());
        Assert.Equal(25, buckets[1].GetProperty("lengthHours").GetDouble());
        Assert.Equal(1, buckets[1].GetProperty("counts").GetProperty("sent").GetInt64());
    }

    [Theory]
    [InlineData("to=2026-10-02T00:00:00Z", "from")]
    [InlineData("from=yesterday&to=2026-10-02T00:00:00Z", "from")]
    [InlineData("from=2026-10-01T00:00:00Z&to=2026-10-02T00:00:00Z&bucket=fortnight", "bucket")]
    [InlineData("from=2026-10-01T00:00:00Z&to=2026-10-02T00:00:00Z&timeZone=Mars/Olympus", "timeZone")]
    [InlineData("from=2026-10-02T00:00:00Z&to=2026-10-01T00:00:00Z", "to")]
    [InlineData("from=2026-01-01T00:00:00Z&to=2026-12-01T00:00:00Z&bucket=hour", "to")]
    public async Task TimeSeries_BadInput_ReturnsProblemNamingField(string query, string field)
    {
        using var client = factory.CreateClientFor(_owner);
        var id = await CreateCampaignAsync(client);

        var response = await client.GetAsync($"/api/campaigns/{id}/timeseries?{query}");

        Assert.False(string.IsNullOrWhiteSpace(await ProblemAssert.IsValidationProblemAsync(response, field)));
    }

    [Fact]
    public async Task Metrics_UnknownOrOthersCampaign_Returns404Problem()
    {
        using var client = factory.CreateClientFor(_owner);
        using var stranger = factory.CreateClientFor(_owner + "-other");
        var id = await CreateCampaignAsync(client);

        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/campaigns/{Guid.NewGuid()}/metrics"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await stranger.GetAsync($"/api/campaigns/{id}/metrics"), HttpStatusCode.NotFound);
        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync("/api/campaigns/not-a-guid/metrics"), "id");
        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync($"/api/campaigns/{id}/metrics?grouping=prospect"), "grouping");
    }

    [Fact]
    public async Task Metrics_MailboxGrouping_ReturnsOneRowPerSendingMailbox()
    {
        using var client = factory.CreateClientFor(_owner);
        var id = await CreateCampaignAsync(client);
        var campaignId = Id<Campaigns.Campaign>.Parse(id, null);
        var owner = new UserId(_owner);
        var t0 = Instant.FromUtc(2026, 10, 1, 9, 0);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
            var mailbox = new Accounts.MailboxAccount { OwnerId = owner, EmailAddress = $"{_owner}@acme.example", Status = Accounts.AccountStatus.Connected };
            var prospect = new Prospects.Prospect { OwnerId = owner, Email = $"{_owner}@globex.example", FirstName = "Dana" };
            await store.MailboxAccounts.AddAsync(mailbox);
            await store.Prospects.AddAsync(prospect);
            var thread = new EmailThread { MailboxAccountId = mailbox.Id, ProspectId = prospect.Id, CampaignId = campaignId, Subject = "Hi" };
            var message = new EmailMessage { ThreadId = thread.Id, Direction = MessageDirection.Outbound, RfcMessageId = $"{_owner}@acme.example", Subject = "Hi", OccurredAt = t0 };
            thread.Messages.Add(message);
            await store.Threads.AddAsync(thread);
            await store.EmailEvents.AddRangeAsync(
            [
                new EmailEvent { Kind = EmailEventKind.Sent, OccurredAt = t0, CampaignId = campaignId, ProspectId = prospect.Id, MessageId = message.Id },
                new EmailEvent { Kind = EmailEventKind.Replied, OccurredAt = t0, CampaignId = campaignId, ProspectId = prospect.Id, MessageId = message.Id },
                new EmailEvent { Kind = EmailEventKind.Sent, OccurredAt = t0, CampaignId = campaignId },
            ]);
        }

        var response = await client.GetAsync($"/api/campaigns/{id}/metrics?grouping=mailbox");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(2, rows.GetArrayLength());
        Assert.Equal(JsonValueKind.Null, rows[0].GetProperty("key").GetProperty("mailboxAccountId").ValueKind);
        Assert.Equal(1, rows[0].GetProperty("counts").GetProperty("sent").GetInt64());
        Assert.Equal(JsonValueKind.String, rows[1].GetProperty("key").GetProperty("mailboxAccountId").ValueKind);
        Assert.Equal(1, rows[1].GetProperty("counts").GetProperty("replied").GetInt64());
        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync($"/api/campaigns/{id}/export.csv?grouping=mailbox"), "grouping");
    }

    [Fact]
    public async Task OwnerMetrics_TwoCampaigns_ReturnsTheirTotalsOnly()
    {
        using var client = factory.CreateClientFor(_owner);
        using var stranger = factory.CreateClientFor(_owner + "-other");
        var t0 = Instant.FromUtc(2026, 10, 1, 9, 0);
        var first = await CreateCampaignAsync(client);
        var second = await CreateCampaignAsync(client);
        var foreign = await CreateCampaignAsync(stranger);
        await SeedAsync(first, (EmailEventKind.Sent, t0, "A", null), (EmailEventKind.Replied, t0, "A", "interested_meeting"));
        await SeedAsync(second, (EmailEventKind.Sent, t0, "A", null), (EmailEventKind.Sent, t0, "A", null), (EmailEventKind.Sent, t0, "A", null));
        await SeedAsync(foreign, (EmailEventKind.Sent, t0, "A", null));

        var response = await client.GetAsync("/api/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(4, row.GetProperty("counts").GetProperty("sent").GetInt64());
        Assert.Equal(0.25, row.GetProperty("replyRate").GetProperty("value").GetDouble());
        using var nobody = factory.CreateClientFor(_owner + "-nobody");
        var empty = await nobody.GetAsync("/api/metrics"); // a new user: zeros, not an error
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Equal(0, (await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("counts").GetProperty("sent").GetInt32());
    }

    [Fact]
    public async Task Compare_VariantsOfThinCampaign_ReturnsNoWinnerWithIntervals()
    {
        using var client = factory.CreateClientFor(_owner);
        var id = await CreateCampaignAsync(client);
        var t0 = Instant.FromUtc(2026, 10, 1, 9, 0);
        await SeedAsync(id, (EmailEventKind.Sent, t0, "A", null), (EmailEventKind.Sent, t0, "B", null), (EmailEventKind.Replied, t0, "A", "question"));

        var response = await client.GetAsync($"/api/campaigns/{id}/compare?dimension=variant&measure=replyRate");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("InsufficientSample", result.GetProperty("decision").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("winner").ValueKind);
        Assert.Equal(2, result.GetProperty("arms").GetArrayLength());
    }

    [Fact]
    public async Task Compare_BadInput_ReturnsProblemNamingField()
    {
        using var client = factory.CreateClientFor(_owner);
        var id = await CreateCampaignAsync(client);

        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync($"/api/campaigns/compare?ids={id}"), "ids");
        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync($"/api/campaigns/{id}/compare?measure=vibes"), "measure");
        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync($"/api/campaigns/{id}/compare?dimension=campaign"), "dimension");
        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync($"/api/campaigns/{id}/compare?dimension=variant"), "dimension");
    }

    [Fact]
    public async Task Compare_TwoCampaigns_ReturnsComparison()
    {
        using var client = factory.CreateClientFor(_owner);
        var a = await CreateCampaignAsync(client);
        var b = await CreateCampaignAsync(client);

        var response = await client.GetAsync($"/api/campaigns/compare?ids={a},{b}&measure=positiveReplyRate&alpha=0.01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("PositiveReplyRate", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("measure").GetString());
    }

    [Fact]
    public async Task Export_EmptyCampaign_ReturnsCsvWithHeaderOnly()
    {
        using var client = factory.CreateClientFor(_owner);
        var id = await CreateCampaignAsync(client);

        var response = await client.GetAsync($"/api/campaigns/{id}/export.csv?grouping=campaign");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("campaign_id,step,variant,sent", lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Equal(2, lines.Length); // the header and the campaign's row of zeros
    }
}
