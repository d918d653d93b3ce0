using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AutoMeet.Campaigns;
using AutoMeet.Messaging;
using AutoMeet.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AutoMeet.Samples.Tests.Web;

public sealed class CampaignVariantEndpointsTests(SampleWebFactory factory) : IClassFixture<SampleWebFactory>
{
    private readonly string _owner = "variants-owner-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Variants_OptInThroughSetupThenEvaluateWithClearWinner_RetiresLoserAndShowsIt()
    {
        using var client = factory.CreateClientFor(_owner);
        var mailbox = await CreatedAsync(await client.PostAsJsonAsync("/api/mailboxes", new { emailAddress = "ab@sandbox.example", displayName = "Me" }));
        var sequence = await CreatedAsync(await client.PostAsJsonAsync("/api/sequences", new
        {
            name = "A/B",
            steps = new object[] { new { kind = "NewThreadEmail", delay = 0, subject = "{% if campaign.variant == \"B\" %}Idea{% else %}Question{% endif %}", body = "Hi." } },
        }));
        var campaign = await CreatedAsync(await client.PostAsJsonAsync("/api/campaigns", new { name = "A/B test" }));
        var campaignId = campaign.GetProperty("id").GetString()!;

        var setup = await client.PutAsJsonAsync($"/api/campaigns/{campaignId}/setup", new
        {
            sequenceId = sequence.GetProperty("id").GetString(),
            mailboxAccountId = mailbox.GetProperty("id").GetString(),
            schedule = new { timeZone = "Europe/Berlin", days = new[] { "monday", "tuesday", "wednesday", "thursday", "friday" }, windowStart = "09:00", windowEnd = "17:00" },
            variantRetirement = new { autoRetireLosingVariants = true, measure = "replyRate" },
        });
        Assert.Equal(HttpStatusCode.OK, setup.StatusCode);
        var variants = (await setup.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("variants");
        Assert.True(variants.GetProperty("autoRetireLosingVariants").GetBoolean());
        Assert.Equal(["A", "B"], Strings(variants.GetProperty("active")));

        await SeedEvidenceAsync(Guid.Parse(campaignId), ("A", 250, 60), ("B", 250, 5));
        var evaluated = await client.PostAsync($"/api/campaigns/{campaignId}/variants/evaluate", null);
        Assert.Equal(HttpStatusCode.OK, evaluated.StatusCode);
        var outcome = await evaluated.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(outcome.GetProperty("applied").GetBoolean());
        Assert.Equal("A", outcome.GetProperty("winner").GetString());
        Assert.Equal(["B"], Strings(outcome.GetProperty("retire")));

        var stored = await client.GetFromJsonAsync<JsonElement>($"/api/campaigns/{campaignId}/variants");
        Assert.Equal(["B"], Strings(stored.GetProperty("retired")));
        Assert.Equal(["A"], Strings(stored.GetProperty("active")));
        var again = await (await client.PostAsync($"/api/campaigns/{campaignId}/variants/evaluate", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(again.GetProperty("applied").GetBoolean());
    }

    [Fact]
    public async Task PutVariants_TurnsTheOptInOffAndRejectsAnUnknownMeasure()
    {
        using var client = factory.CreateClientFor(_owner);
        var campaign = await CreatedAsync(await client.PostAsJsonAsync("/api/campaigns", new { name = "Toggle" }));
        var campaignId = campaign.GetProperty("id").GetString();

        var on = await client.PutAsJsonAsync($"/api/campaigns/{campaignId}/variants", new { autoRetireLosingVariants = true, measure = "positiveReplyRate" });
        var onJson = await on.Content.ReadFromJsonAsync<JsonElement>();
        var off = await (await client.PutAsJsonAsync($"/api/campaigns/{campaignId}/variants", new { autoRetireLosingVariants = false })).Content.ReadFromJsonAsync<JsonElement>();
        var bad = await client.PutAsJsonAsync($"/api/campaigns/{campaignId}/variants", new { measure = "vibes" });

        Assert.Equal(HttpStatusCode.OK, on.StatusCode);
        Assert.True(onJson.GetProperty("autoRetireLosingVariants").GetBoolean());
        Assert.Equal("PositiveReplyRate", onJson.GetProperty("measure").GetString());
        Assert.False(off.GetProperty("autoRetireLosingVariants").GetBoolean());
        Assert.Equal("PositiveReplyRate", off.GetProperty("measure").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    private async Task SeedEvidenceAsync(Guid campaignId, params (string Variant, int Sent, int Replied)[] arms)
    {
        var at = Instant.FromUtc(2026, 1, 5, 10, 0);
        var events = new List<EmailEvent>();
        foreach (var (variant, sentCount, replied) in arms)
        {
            for (var i = 0; i < sentCount; i++)
            {
                events.Add(new EmailEvent { Kind = EmailEventKind.Sent, CampaignId = new Id<Campaign>(campaignId), StepPosition = 0, Variant = variant, OccurredAt = at });
                if (i < replied)
                {
                    events.Add(new EmailEvent { Kind = EmailEventKind.Replied, CampaignId = new Id<Campaign>(campaignId), StepPosition = 0, Variant = variant, Detail = "question", OccurredAt = at + Duration.FromHours(1) });
                }
            }
        }

        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IAutoMeetStore>().EmailEvents.AddRangeAsync(events);
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    private static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Expected 201, got {response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
