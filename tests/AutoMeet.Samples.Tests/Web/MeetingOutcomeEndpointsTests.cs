using System.Globalization;
using System.Net;
using AutoMeet.Accounts;
using AutoMeet.Compliance;
using AutoMeet.Meetings;
using AutoMeet.Meetings.Aftercare;
using AutoMeet.Prospects;
using AutoMeet.Scheduling;
using AutoMeet.Storage;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AutoMeet.Samples.Tests.Web;

public sealed class MeetingOutcomeEndpointsTests : IDisposable
{
    private static readonly UserId Owner = new("outcome-owner");
    private readonly FakeClockWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static FormUrlEncodedContent Form(string decision) => new([new KeyValuePair<string, string>("decision", decision)]);

    private static Uri Link(string token) => new("/meeting-outcomes/" + Uri.EscapeDataString(token), UriKind.Relative);

    /// <summary>Seeds a scheduled meeting that ended an hour ago, the owner asked now, and returns its "held" and "no-show" tokens.</summary>
    private async Task<(string Held, string NoShow, Meeting Meeting)> SeedAsync()
    {
        _ = _factory.CreateClient(); // starts the host (and creates the database)
        var now = Instant.FromUnixTimeSeconds(Instant.FromDateTimeOffset(_factory.Time.GetUtcNow()).ToUnixTimeSeconds());
        var account = new MailboxAccount { OwnerId = Owner, EmailAddress = "owner@acme.example", DisplayName = "Owner", Status = AccountStatus.Connected };
        var settings = new CalendarSettings { OwnerId = Owner, TimeZoneId = "Etc/UTC" };
        var prospect = new Prospect { OwnerId = Owner, Email = "dana@globex.example", FirstName = "Dana", LastName = "Scully", Company = "Globex", TimeZoneId = "America/New_York" };
        var start = now - Duration.FromMinutes(90);
        var meeting = new Meeting
        {
            OwnerId = Owner, ProspectId = prospect.Id, CalendarAccountId = account.Id, Title = "Intro", Start = start, End = start + Duration.FromMinutes(30),
            ProspectTimeZoneId = "America/New_York", Status = MeetingStatus.Scheduled, CalendarEventId = "evt-1", ConferenceUrl = "https://meet.google.com/abc-defg-hij",
            OutcomeRequestedAt = now,
        };
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
            await store.MailboxAccounts.AddAsync(account);
            await store.CalendarSettings.AddAsync(settings);
            await store.Prospects.AddAsync(prospect);
            await store.Meetings.AddAsync(meeting);
        }

        return (Sign(meeting, "meeting-held", now + Duration.FromDays(7)), Sign(meeting, "meeting-no-show", now + Duration.FromDays(7)), meeting);
    }

    private string Sign(Meeting meeting, string purpose, Instant expiresAt) =>
        _factory.Services.GetRequiredService<ILinkSigner>().Sign(new LinkTokenPayload(
            purpose, [meeting.Id.ToString(), Owner.Value, meeting.Start.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)], expiresAt));

    private async Task<Meeting> MeetingAsync(Id<Meeting> id)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IAutoMeetStore>().Meetings.FindAsync(id))!;
    }

    [Fact]
    public async Task Get_ValidLink_ShowsAConfirmationButtonAndDecidesNothing()
    {
        var (held, noShow, meeting) = await SeedAsync();
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(Link(held));
        var html = await response.Content.ReadAsStringAsync();
        var noShowHtml = await (await client.GetAsync(Link(noShow))).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<form method=\"post\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"held\"", html, StringComparison.Ordinal);
        Assert.Contains("Dana Scully (Globex)", html, StringComparison.Ordinal);
        Assert.Contains("value=\"no-show\"", noShowHtml, StringComparison.Ordinal);
        Assert.Equal(MeetingStatus.Scheduled, (await MeetingAsync(meeting.Id)).Status);
    }

    [Fact]
    public async Task Post_HeldTwiceThenNoShow_MarksCompletedOnceAndShowsTheOutcomeAfterwards()
    {
        var (held, noShow, meeting) = await SeedAsync();
        using var client = _factory.CreateClient();

        var first = await client.PostAsync(Link(held), Form("held"));
        var second = await client.PostAsync(Link(held), Form("held"));
        var other = await client.PostAsync(Link(noShow), Form("no-show"));
        var opened = await client.GetAsync(Link(held));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("<h1>Marked as held</h1>", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("<h1>Already handled</h1>", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("recorded as held before", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("<h1>Already handled</h1>", await opened.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(MeetingStatus.Completed, (await MeetingAsync(meeting.Id)).Status);
        await using var scope = _factory.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<IAutoMeetStore>().AuditLog.ListForEntityAsync(nameof(Meeting), meeting.Id.ToString());
        var entry = Assert.Single(audit, e => e.Action == "meeting.completed");
        Assert.Equal(ActorKind.User, entry.ActorKind);
        Assert.Equal(Owner.Value, entry.ActorId);
    }

    [Fact]
    public async Task Post_NoShow_MarksNoShowAndQueuesTheFollowUpOnce()
    {
        var (_, noShow, meeting) = await SeedAsync();
        using var client = _factory.CreateClient();

        var response = await client.PostAsync(Link(noShow), Form("no-show"));
        await client.PostAsync(Link(noShow), Form("no-show"));

        Assert.Contains("<h1>Marked as a no-show</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(MeetingStatus.NoShow, (await MeetingAsync(meeting.Id)).Status);
        var claim = new LeaseClaim("test", 10, Duration.FromMinutes(5), [AftercareWork.NoShowFollowUp]);
        await using var scope = _factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
        Assert.Empty(await store.WorkQueue.ClaimDueAsync(claim)); // due after the follow-up delay (1 hour by default), not now
        _factory.Time.Advance(TimeSpan.FromHours(1));
        var queued = Assert.Single(await store.WorkQueue.ClaimDueAsync(claim));
        Assert.Equal(meeting.Id.ToString(), queued.Key);
    }

    [Fact]
    public async Task GetAndPost_ExpiredLink_Return410AndChangeNothing()
    {
        var (held, _, meeting) = await SeedAsync();
        using var client = _factory.CreateClient();
        _factory.Time.Advance(TimeSpan.FromDays(8));

        Assert.Equal(HttpStatusCode.Gone, (await client.GetAsync(Link(held))).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await client.PostAsync(Link(held), Form("held"))).StatusCode);
        Assert.Equal(MeetingStatus.Scheduled, (await MeetingAsync(meeting.Id)).Status);
    }

    [Theory]
    [InlineData("v1.k.bm90LWEtdG9rZW4.c2ln", "held")]
    [InlineData("garbage", "no-show")]
    public async Task GetAndPost_ForgedLink_Return400(string token, string decision)
    {
        var (_, _, meeting) = await SeedAsync();
        using var client = _factory.CreateClient();

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(Link(token))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync(Link(token), Form(decision))).StatusCode);
        Assert.Equal(MeetingStatus.Scheduled, (await MeetingAsync(meeting.Id)).Status);
    }

    [Fact]
    public async Task Post_TamperedTokenOrWrongDecisionOrMovedMeeting_Returns400AndDecidesNothing()
    {
        var (held, _, meeting) = await SeedAsync();
        using var client = _factory.CreateClient();
        var tampered = held[..^2] + (held[^2] == 'A' ? "BB" : "AA");
        var approvalPurpose = Sign(meeting, LinkPurposes.ApproveMeeting, Instant.FromDateTimeOffset(_factory.Time.GetUtcNow()) + Duration.FromDays(1));
        var otherStart = Sign(new Meeting { Id = meeting.Id, OwnerId = Owner, Start = meeting.Start + Duration.FromHours(1) }, "meeting-held", Instant.FromDateTimeOffset(_factory.Time.GetUtcNow()) + Duration.FromDays(1));

        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync(Link(tampered), Form("held"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync(Link(held), Form("no-show"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync(Link(approvalPurpose), Form("held"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync(Link(otherStart), Form("held"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync(Link(held), Form("maybe"))).StatusCode);
        Assert.Equal(MeetingStatus.Scheduled, (await MeetingAsync(meeting.Id)).Status);
    }
}
