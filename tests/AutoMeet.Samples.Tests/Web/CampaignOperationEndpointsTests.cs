using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AutoMeet.Campaigns;
using Microsoft.Extensions.DependencyInjection;

namespace AutoMeet.Samples.Tests.Web;

public sealed class CampaignOperationEndpointsTests(SampleWebFactory factory) : IClassFixture<SampleWebFactory>
{
    private readonly string _owner = "ops-owner-" + Guid.NewGuid().ToString("N");

    private static object Sequence(string body = "Hi {{ prospect.first_name }}, quick question.") => new
    {
        name = "Founders",
        stopOnCompanyReply = true,
        steps = new object[]
        {
            new { kind = "NewThreadEmail", delay = 0, subject = "Hello {{ prospect.first_name }}", body },
            new { kind = "FollowUpEmail", delay = 3, delayUnit = "BusinessDays", body = "Following up." },
        },
    };

    private static object Setup(string sequenceId, string? mailboxId, string zone = "Europe/Berlin", string start = "08:00", string end = "18:00") => new
    {
        sequenceId,
        mailboxAccountId = mailboxId,
        schedule = new { timeZone = zone, days = new[] { "monday", "tuesday", "wednesday", "thursday", "friday" }, windowStart = start, windowEnd = end },
    };

    [Fact]
    public async Task FullSetup_SequenceMailboxScheduleEnroll_CampaignRunsThroughItsLifecycle()
    {
        using var client = factory.CreateClientFor(_owner);
        var mailbox = await CreatedAsync(await client.PostAsJsonAsync("/api/mailboxes", new { emailAddress = "me@sandbox.example", displayName = "Me", dailySendLimit = 30 }));
        var sequence = await CreatedAsync(await client.PostAsJsonAsync("/api/sequences", Sequence()));
        var campaign = await CreatedAsync(await client.PostAsJsonAsync("/api/campaigns", new { name = "Q4" }));
        var prospect = await CreatedAsync(await client.PostAsJsonAsync("/api/prospects", new { email = "ada@example.com", firstName = "Ada", company = "Engines", timeZone = "Europe/London" }));
        var campaignId = campaign.GetProperty("id").GetString();

        var notReady = await client.GetFromJsonAsync<JsonElement>($"/api/campaigns/{campaignId}/setup");
        Assert.Contains("no sequence", notReady.GetProperty("readiness").GetString(), StringComparison.Ordinal);

        var setup = await client.PutAsJsonAsync($"/api/campaigns/{campaignId}/setup", Setup(sequence.GetProperty("id").GetString()!, mailbox.GetProperty("id").GetString()));
        Assert.Equal(HttpStatusCode.OK, setup.StatusCode);
        var setupJson = await setup.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, setupJson.GetProperty("readiness").ValueKind);
        Assert.Equal("Europe/Berlin", setupJson.GetProperty("timeZone").GetString());
        Assert.Equal(5, setupJson.GetProperty("days").GetArrayLength());

        var enrolled = await client.PostAsJsonAsync($"/api/campaigns/{campaignId}/enrollments", new { prospectIds = new[] { prospect.GetProperty("id").GetString() } });
        Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
        Assert.Equal(1, (await enrolled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("enrolled").GetInt32());

        var preview = await client.GetFromJsonAsync<JsonElement>($"/api/campaigns/{campaignId}/preview?prospectId={prospect.GetProperty("id").GetString()}");
        Assert.Equal("Hello Ada", preview[0].GetProperty("subject").GetString());

        var scheduled = await client.PostAsync($"/api/campaigns/{campaignId}/schedule", null);
        Assert.Equal(HttpStatusCode.OK, scheduled.StatusCode);
        Assert.Equal("Scheduled", (await scheduled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        // Setting up again is refused while scheduled; the activation job starts it (no start instant: now).
        await ProblemAssert.IsProblemAsync(await client.PutAsJsonAsync($"/api/campaigns/{campaignId}/setup", Setup(sequence.GetProperty("id").GetString()!, null)), HttpStatusCode.Conflict);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ICampaignActivator>().RunAsync(scope.ServiceProvider.GetRequiredService<Storage.IAutoMeetStore>());
        }

        var status = await client.GetFromJsonAsync<JsonElement>($"/api/campaigns/{campaignId}/status");
        Assert.Equal("Active", status.GetProperty("status").GetString());
        Assert.Equal(1, status.GetProperty("enrollments").GetProperty("Active").GetInt32());

        var enrollments = await client.GetFromJsonAsync<JsonElement>($"/api/campaigns/{campaignId}/enrollments");
        var enrollmentId = Assert.Single(enrollments.GetProperty("items").EnumerateArray()).GetProperty("id").GetString();
        var explained = await client.GetFromJsonAsync<JsonElement>($"/api/campaigns/{campaignId}/enrollments/{enrollmentId}/explain");
        Assert.False(string.IsNullOrWhiteSpace(explained.GetProperty("reason").GetString()));
        Assert.Contains(explained.GetProperty("state").GetString(), new[] { "Scheduled", "Deferred", "Waiting" });

        var paused = await client.PostAsync($"/api/campaigns/{campaignId}/pause", null);
        Assert.Equal("Paused", (await paused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        await ProblemAssert.IsProblemAsync(await client.PostAsync($"/api/campaigns/{campaignId}/pause", null), HttpStatusCode.Conflict);
        var resumed = await client.PostAsync($"/api/campaigns/{campaignId}/resume", null);
        Assert.Equal("Active", (await resumed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/campaigns/{campaignId}/enrollments/{Guid.NewGuid()}/explain"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Schedule_CampaignWithoutSetup_Returns409NamingWhatIsMissing()
    {
        using var client = factory.CreateClientFor(_owner);
        var campaign = await CreatedAsync(await client.PostAsJsonAsync("/api/campaigns", new { name = "bare" }));

        var problem = await ProblemAssert.IsProblemAsync(await client.PostAsync($"/api/campaigns/{campaign.GetProperty("id").GetString()}/schedule", null), HttpStatusCode.Conflict);

        Assert.Contains("no sequence", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateSequence_TemplateSyntaxError_NamesStepFieldLineAndColumn()
    {
        using var client = factory.CreateClientFor(_owner);

        var message = await ProblemAssert.IsValidationProblemAsync(await client.PostAsJsonAsync("/api/sequences", Sequence("Hi {{ prospect.first_name ")), "steps[0].body");

        Assert.Contains("line 1", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Email", "steps[0].kind")]
    [InlineData("FollowUpEmail", "steps[0].kind")]
    public async Task CreateSequence_BadOrMisplacedKind_IsRejectedNamingTheStep(string kind, string field)
    {
        using var client = factory.CreateClientFor(_owner);

        await ProblemAssert.IsValidationProblemAsync(
            await client.PostAsJsonAsync("/api/sequences", new { name = "x", steps = new object[] { new { kind, delay = 0, subject = "s", body = "b" } } }), field);
    }

    [Fact]
    public async Task CreateSequence_NegativeDelayAndUnknownUnit_AreRejected()
    {
        using var client = factory.CreateClientFor(_owner);
        var response = await client.PostAsJsonAsync("/api/sequences", new
        {
            name = "x",
            steps = new object[] { new { kind = "NewThreadEmail", delay = -1, delayUnit = "Weeks", subject = "s", body = "b" } },
        });

        var json = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(json.GetProperty("errors").TryGetProperty("steps[0].delay", out _));
        Assert.True(json.GetProperty("errors").TryGetProperty("steps[0].delayUnit", out _));
    }

    [Fact]
    public async Task Setup_UnknownZoneInvertedWindowAndForeignSequence_AreRejectedByField()
    {
        using var client = factory.CreateClientFor(_owner);
        using var other = factory.CreateClientFor(_owner + "-other");
        var foreign = await CreatedAsync(await other.PostAsJsonAsync("/api/sequences", Sequence()));
        var campaign = await CreatedAsync(await client.PostAsJsonAsync("/api/campaigns", new { name = "c" }));

        var response = await client.PutAsJsonAsync(
            $"/api/campaigns/{campaign.GetProperty("id").GetString()}/setup",
            Setup(foreign.GetProperty("id").GetString()!, null, zone: "Mars/Olympus", start: "18:00", end: "09:00"));

        var errors = (await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("sequenceId", out _));
        Assert.True(errors.TryGetProperty("schedule.timeZone", out _));
        Assert.True(errors.TryGetProperty("schedule.windowEnd", out _));
    }

    [Fact]
    public async Task Enroll_ProspectOfAnotherOwner_IsRejectedAndNothingEnrolled()
    {
        using var client = factory.CreateClientFor(_owner);
        using var other = factory.CreateClientFor(_owner + "-other2");
        var foreign = await CreatedAsync(await other.PostAsJsonAsync("/api/prospects", new { email = "eve@example.com", firstName = "Eve" }));
        var campaign = await CreatedAsync(await client.PostAsJsonAsync("/api/campaigns", new { name = "c" }));
        var campaignId = campaign.GetProperty("id").GetString();

        await ProblemAssert.IsValidationProblemAsync(
            await client.PostAsJsonAsync($"/api/campaigns/{campaignId}/enrollments", new { prospectIds = new[] { foreign.GetProperty("id").GetString() } }), "prospectIds");

        var status = await client.GetFromJsonAsync<JsonElement>($"/api/campaigns/{campaignId}/status");
        Assert.Equal(0, status.GetProperty("enrollments").EnumerateObject().Sum(p => p.Value.GetInt32()));
    }

    [Theory]
    [InlineData("sometimes")]
    [InlineData("7")]
    public async Task Enroll_UnknownMaximumVerdict_IsRejectedNamingTheField(string verdict)
    {
        using var client = factory.CreateClientFor(_owner);
        var prospect = await CreatedAsync(await client.PostAsJsonAsync("/api/prospects", new { email = "vera@example.com", firstName = "Vera" }));
        var campaign = await CreatedAsync(await client.PostAsJsonAsync("/api/campaigns", new { name = "c" }));
        var campaignId = campaign.GetProperty("id").GetString();

        await ProblemAssert.IsValidationProblemAsync(
            await client.PostAsJsonAsync($"/api/campaigns/{campaignId}/enrollments", new { prospectIds = new[] { prospect.GetProperty("id").GetString() }, maximumVerdict = verdict }), "maximumVerdict");

        var status = await client.GetFromJsonAsync<JsonElement>($"/api/campaigns/{campaignId}/status");
        Assert.Equal(0, status.GetProperty("enrollments").EnumerateObject().Sum(p => p.Value.GetInt32()));
    }

    [Fact]
    public async Task CreateMailbox_SameAddressTwiceOrBadAddress_IsRefused()
    {
        using var client = factory.CreateClientFor(_owner);
        var address = $"dup-{Guid.NewGuid():N}@sandbox.example";
        (await client.PostAsJsonAsync("/api/mailboxes", new { emailAddress = address })).EnsureSuccessStatusCode();

        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/api/mailboxes", new { emailAddress = address }), HttpStatusCode.Conflict);
        await ProblemAssert.IsValidationProblemAsync(await client.PostAsJsonAsync("/api/mailboxes", new { emailAddress = "not an address" }), "emailAddress");
        await ProblemAssert.IsValidationProblemAsync(await client.PostAsJsonAsync("/api/mailboxes", new { emailAddress = "a@b.io", dailySendLimit = 0 }), "dailySendLimit");
        var list = await client.GetFromJsonAsync<JsonElement>("/api/mailboxes");
        Assert.Single(list.EnumerateArray(), m => m.GetProperty("emailAddress").GetString() == address);
    }

    private static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Expected 201, got {response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
