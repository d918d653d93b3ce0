using System.Net;
using System.Security.Cryptography;
using System.Text;
using AutoMeet.Accounts;
using AutoMeet.Approvals;
using AutoMeet.Campaigns;
using AutoMeet.Compliance;
using AutoMeet.Meetings;
using AutoMeet.Prospects;
using AutoMeet.Scheduling;
using AutoMeet.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AutoMeet.Samples.Tests.Web;

public sealed class ApprovalEndpointsTests : IDisposable
{
    private static readonly UserId Owner = new("approval-owner");
    private readonly FakeClockWebFactory _factory = new();
    private ApprovalRequest? _request;

    public void Dispose() => _factory.Dispose();

    private static FormUrlEncodedContent Form(string decision) => new([new KeyValuePair<string, string>("decision", decision)]);

    private static Uri Link(string token) => new("/approvals/" + Uri.EscapeDataString(token), UriKind.Relative);

    /// <summary>Seeds a meeting awaiting approval (Thursday 29 October 2026, 10:00 UTC) and returns its approve and decline tokens.</summary>
    private async Task<(string Approve, string Decline, Id<Meeting> MeetingId)> SeedAsync()
    {
        _ = _factory.CreateClient(); // starts the host (and creates the database)
        var now = Instant.FromDateTimeOffset(_factory.Time.GetUtcNow());
        var account = new MailboxAccount { OwnerId = Owner, EmailAddress = "owner@acme.example", DisplayName = "Owner", Status = AccountStatus.Connected };
        var settings = new CalendarSettings { OwnerId = Owner, TimeZoneId = "Etc/UTC" };
        settings.Rules.Add(new AvailabilityRule { CalendarSettingsId = settings.Id, Kind = AvailabilityRuleKind.Weekly, Days = SendingDays.Weekdays, Start = new LocalTime(9, 0), End = new LocalTime(17, 0) });
        var prospect = new Prospect { OwnerId = Owner, Email = "dana@globex.example", FirstName = "Dana", LastName = "Scully", Company = "Globex", TimeZoneId = "America/New_York" };
        var start = Instant.FromUtc(2026, 10, 29, 10, 0);
        var meeting = new Meeting
        {
            OwnerId = Owner, ProspectId = prospect.Id, CalendarAccountId = account.Id, Title = "Intro", Start = start, End = start + Duration.FromMinutes(30),
            ProspectTimeZoneId = "America/New_York", Status = MeetingStatus.AwaitingApproval,
        };
        var request = new ApprovalRequest { MeetingId = meeting.Id, OwnerId = Owner, ExpiresAt = Instant.FromUnixTimeSeconds((now + Duration.FromHours(24)).ToUnixTimeSeconds()) };
        request.TokenHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"approval-link/v1\n{request.Id}\n{Owner.Value}\n{request.ExpiresAt.ToUnixTimeSeconds()}")));
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
            await store.MailboxAccounts.AddAsync(account);
            await store.CalendarSettings.AddAsync(settings);
            await store.Prospects.AddAsync(prospect);
            await store.Meetings.AddAsync(meeting);
            await store.Approvals.AddAsync(request);
        }

        _request = request;
        var signer = _factory.Services.GetRequiredService<ILinkSigner>();
        string Sign(string purpose) => signer.Sign(new LinkTokenPayload(purpose, [request.Id.ToString(), Owner.Value], request.ExpiresAt));
        return (Sign(LinkPurposes.ApproveMeeting), Sign(LinkPurposes.DeclineMeeting), meeting.Id);
    }

    private async Task<Meeting> MeetingAsync(Id<Meeting> id)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IAutoMeetStore>().Meetings.FindAsync(id))!;
    }

    [Fact]
    public async Task Get_ValidLink_ShowsAConfirmationButtonAndDecidesNothing()
    {
        var (approve, _, meetingId) = await SeedAsync();
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(Link(approve));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<form method=\"post\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"approve\"", html, StringComparison.Ordinal);
        Assert.Contains("Dana Scully (Globex)", html, StringComparison.Ordinal);
        Assert.Equal(MeetingStatus.AwaitingApproval, (await MeetingAsync(meetingId)).Status);
    }

    [Fact]
    public async Task Post_ApproveTwice_BooksOnceAndShowsAlreadyHandledTheSecondTime()
    {
        var (approve, _, meetingId) = await SeedAsync();
        using var client = _factory.CreateClient();

        var first = await client.PostAsync(Link(approve), Form("approve"));
        var second = await client.PostAsync(Link(approve), Form("approve"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("<h1>Approved</h1>", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("<h1>Already handled</h1>", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var meeting = await MeetingAsync(meetingId);
        Assert.Equal(MeetingStatus.Scheduled, meeting.Status);
        Assert.NotNull(meeting.ConferenceUrl);
    }

    [Fact]
    public async Task Post_Decline_ShowsDeclinedPage()
    {
        var (_, decline, meetingId) = await SeedAsync();
        using var client = _factory.CreateClient();

        var response = await client.PostAsync(Link(decline), Form("decline"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Declined</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(MeetingStatus.Declined, (await MeetingAsync(meetingId)).Status);
    }

    [Fact]
    public async Task GetAndPost_ExpiredLink_Return410()
    {
        var (approve, _, meetingId) = await SeedAsync();
        using var client = _factory.CreateClient();
        _factory.Time.Advance(TimeSpan.FromHours(25));

        Assert.Equal(HttpStatusCode.Gone, (await client.GetAsync(Link(approve))).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await client.PostAsync(Link(approve), Form("approve"))).StatusCode);
        Assert.Equal(MeetingStatus.AwaitingApproval, (await MeetingAsync(meetingId)).Status);
    }

    [Theory]
    [InlineData("v1.k.bm90LWEtdG9rZW4.c2ln", "approve")]
    [InlineData("garbage", "approve")]
    public async Task GetAndPost_ForgedLink_Return400(string token, string decision)
    {
        await SeedAsync();
        using var client = _factory.CreateClient();

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(Link(token))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync(Link(token), Form(decision))).StatusCode);
    }

    [Fact]
    public async Task Post_DecisionNotMatchingTheLinkOrMissing_Returns400AndDecidesNothing()
    {
        var (approve, _, meetingId) = await SeedAsync();
        using var client = _factory.CreateClient();

        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync(Link(approve), Form("decline"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync(Link(approve), Form("maybe"))).StatusCode);
        Assert.Equal(MeetingStatus.AwaitingApproval, (await MeetingAsync(meetingId)).Status);
    }

    /// <summary>The Suggest-another-time token of the request <see cref="SeedAsync"/> stored.</summary>
    private string SuggestToken() =>
        _factory.Services.GetRequiredService<ILinkSigner>().Sign(new LinkTokenPayload(LinkPurposes.SuggestMeetingTime, [_request!.Id.ToString(), Owner.Value], _request.ExpiresAt));

    private static FormUrlEncodedContent Suggest(string start) =>
        new([new KeyValuePair<string, string>("decision", "suggest"), new KeyValuePair<string, string>("start", start)]);

    private static List<string> OfferedStarts(string html) =>
        [.. System.Text.RegularExpressions.Regex.Matches(html, "name=\"start\" value=\"([^\"]+)\"").Select(m => m.Groups[1].Value)];

    [Fact]
    public async Task Get_SuggestLink_ListsFreeTimesAsButtonsAndChangesNothing()
    {
        var (_, _, meetingId) = await SeedAsync();
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(Link(SuggestToken()));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Suggest another time?</h1>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"suggest\"", html, StringComparison.Ordinal);
        var starts = OfferedStarts(html);
        Assert.InRange(starts.Count, 1, 6);
        Assert.DoesNotContain("2026-10-29T10:00:00Z", starts); // the time awaiting approval
        Assert.Contains("(Etc/UTC", html, StringComparison.Ordinal); // the owner's zone
        var meeting = await MeetingAsync(meetingId);
        Assert.Equal(MeetingStatus.AwaitingApproval, meeting.Status);
        Assert.Equal(Instant.FromUtc(2026, 10, 29, 10, 0), meeting.Start);
    }

    [Fact]
    public async Task Post_Suggest_ProposesTheChosenTimeAndShowsAlreadyHandledTheSecondTime()
    {
        var (approve, _, meetingId) = await SeedAsync();
        var suggest = SuggestToken();
        using var client = _factory.CreateClient();
        var starts = OfferedStarts(await (await client.GetAsync(Link(suggest))).Content.ReadAsStringAsync());

        var first = await client.PostAsync(Link(suggest), Suggest(starts[0]));
        var second = await client.PostAsync(Link(suggest), Suggest(starts[^1]));
        var approveAfterwards = await client.PostAsync(Link(approve), Form("approve"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("<h1>Another time suggested</h1>", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("<h1>Already handled</h1>", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("<h1>Already handled</h1>", await approveAfterwards.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var meeting = await MeetingAsync(meetingId);
        Assert.Equal(MeetingStatus.Proposed, meeting.Status);
        Assert.Equal(NodaTime.Text.InstantPattern.ExtendedIso.Parse(starts[0]).Value, meeting.Start);
        await using var scope = _factory.Services.CreateAsyncScope();
        var request = (await scope.ServiceProvider.GetRequiredService<IAutoMeetStore>().Approvals.FindAsync(_request!.Id))!;
        Assert.Equal(ApprovalStatus.AlternativeSuggested, request.Status);
        Assert.StartsWith("link", request.DecisionSource, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-10-31T10:00:00Z")] // Saturday
    [InlineData("2026-10-29T10:00:00Z")] // the time awaiting approval
    public async Task Post_SuggestUnavailableTime_Returns409AndChangesNothing(string start)
    {
        var (_, _, meetingId) = await SeedAsync();
        using var client = _factory.CreateClient();

        var response = await client.PostAsync(Link(SuggestToken()), Suggest(start));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("<h1>That time is not available</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(MeetingStatus.AwaitingApproval, (await MeetingAsync(meetingId)).Status);
    }

    [Fact]
    public async Task Post_SuggestWithoutStartOrWithForgedLink_Returns400()
    {
        var (approve, _, meetingId) = await SeedAsync();
        using var client = _factory.CreateClient();

        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync(Link(SuggestToken()), Suggest("next tuesday"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync(Link(approve), Suggest("2026-10-29T14:00:00Z"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync(Link("garbage"), Suggest("2026-10-29T14:00:00Z"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync(Link(SuggestToken()), Form("approve"))).StatusCode);
        Assert.Equal(MeetingStatus.AwaitingApproval, (await MeetingAsync(meetingId)).Status);
    }
}
