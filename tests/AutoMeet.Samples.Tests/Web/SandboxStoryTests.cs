using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;

namespace AutoMeet.Samples.Tests.Web;

/// <summary>The whole flow over HTTP on the sandbox providers: set up, send, a prospect replies, the reply stops the sequence.</summary>
public sealed class SandboxStoryTests(FakeClockWebFactory factory) : IClassFixture<FakeClockWebFactory>
{
    [Fact]
    public async Task Story_CampaignSendsThenProspectReplies_ReplyIsProcessedAndTheSequenceStops()
    {
        using var client = factory.CreateClientFor("sandbox-story");
        var mailbox = await CreatedAsync(await client.PostAsJsonAsync("/api/mailboxes", new { emailAddress = "founder@sandbox.example", displayName = "Founder" }));
        var sequence = await CreatedAsync(await client.PostAsJsonAsync("/api/sequences", new
        {
            name = "Two touches",
            steps = new object[]
            {
                new { kind = "NewThreadEmail", delay = 0, subject = "Hello {{ prospect.first_name }}", body = "Hi {{ prospect.first_name }}, worth a chat?" },
                new { kind = "FollowUpEmail", delay = 2, body = "Any thoughts?" },
            },
        }));
        var prospect = await CreatedAsync(await client.PostAsJsonAsync("/api/prospects", new { email = "grace@navy.example", firstName = "Grace", company = "Navy", timeZone = "America/New_York" }));
        var campaign = await CreatedAsync(await client.PostAsJsonAsync("/api/campaigns", new { name = "Story" }));
        var campaignId = campaign.GetProperty("id").GetString();
        (await client.PutAsJsonAsync($"/api/campaigns/{campaignId}/setup", new
        {
            sequenceId = sequence.GetProperty("id").GetString(),
            mailboxAccountId = mailbox.GetProperty("id").GetString(),
            schedule = new { timeZone = "Etc/UTC", days = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" }, windowStart = "00:00", windowEnd = "23:59" },
        })).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync($"/api/campaigns/{campaignId}/enrollments", new { prospectIds = new[] { prospect.GetProperty("id").GetString() } })).EnsureSuccessStatusCode();
        (await client.PostAsync($"/api/campaigns/{campaignId}/schedule", null)).EnsureSuccessStatusCode();

        var sent = await RunJobsUntilAsync(client, async () => (await client.GetFromJsonAsync<JsonElement>("/api/sandbox/sent")).GetArrayLength() > 0);
        var first = (await client.GetFromJsonAsync<JsonElement>("/api/sandbox/sent"))[0];
        Assert.True(sent, "the first e-mail never went out");
        Assert.Equal("Hello Grace", first.GetProperty("subject").GetString());
        Assert.Equal("grace@navy.example", first.GetProperty("to")[0].GetString());

        var reply = await client.PostAsJsonAsync("/api/sandbox/replies", new { messageId = first.GetProperty("messageId").GetString(), body = "Not interested, please remove me from your list." });
        Assert.Equal(HttpStatusCode.Accepted, reply.StatusCode);

        var stopped = await RunJobsUntilAsync(client, async () =>
        {
            var status = await client.GetFromJsonAsync<JsonElement>($"/api/campaigns/{campaignId}/status");
            return status.GetProperty("enrollments").TryGetProperty("Stopped", out var n) && n.GetInt32() == 1;
        });
        Assert.True(stopped, "the reply never stopped the sequence");
        var sentAfter = await client.GetFromJsonAsync<JsonElement>("/api/sandbox/sent");
        Assert.DoesNotContain(sentAfter.EnumerateArray(), e => e.GetProperty("subject").GetString()!.StartsWith("Re:", StringComparison.Ordinal) && e.GetProperty("textBody").GetString() == "Any thoughts?");
    }

    [Fact]
    public async Task Reply_UnknownMessageOrNonRecipient_IsRefused()
    {
        using var client = factory.CreateClientFor("sandbox-bad");

        var unknown = await client.PostAsJsonAsync("/api/sandbox/replies", new { messageId = "<nope@x>", body = "hi" });
        var empty = await client.PostAsJsonAsync("/api/sandbox/replies", new { messageId = "", body = "" });

        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound);
        var errors = (await ProblemAssert.IsProblemAsync(empty, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("messageId", out _));
        Assert.True(errors.TryGetProperty("body", out _));
    }

    private async Task<bool> RunJobsUntilAsync(HttpClient client, Func<Task<bool>> done)
    {
        _ = client;
        for (var round = 0; round < 60; round++)
        {
            foreach (var job in factory.Services.GetServices<IAutoMeetJob>())
            {
                await using var scope = factory.Services.CreateAsyncScope();
                await job.RunAsync(scope.ServiceProvider, CancellationToken.None);
            }

            if (await done())
            {
                return true;
            }

            factory.Time.Advance(TimeSpan.FromMinutes(10));
        }

        return false;
    }

    private static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Expected 201, got {response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
