using AutoMeet.Accounts;
using AutoMeet.Analytics;
using AutoMeet.Analytics.Comparison;
using AutoMeet.Campaigns;
using AutoMeet.Meetings;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Storage;
using AutoMeet.Storage.Conformance.Tests.InMemory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using NodaTime.Extensions;

namespace AutoMeet.Core.Tests.Analytics;

public sealed class CampaignAnalyticsBreakdownsTests : IAsyncLifetime
{
    private static readonly UserId Owner = new("owner-breakdowns");
    private static readonly UserId OtherOwner = new("owner-breakdowns-other");
    private static readonly Instant T0 = AnalyticsFixtures.T0;
    private readonly FakeTimeProvider _time = new(Instant.FromUtc(2026, 11, 20, 12, 0).ToDateTimeOffset());
    private ServiceProvider _services = null!;

    private ICampaignAnalytics Analytics => _services.GetRequiredService<ICampaignAnalytics>();

    public async Task InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddAutoMeet();
        services.AddInMemoryAutoMeetStore();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await _services.GetRequiredService<IAutoMeetStoreInitializer>().InitializeAsync();
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task GetMetricsAsync_MailboxGroupingWithTwoSendingMailboxes_AttributesEachEventToItsSender()
    {
        var campaign = await AddCampaignAsync(Owner);
        var other = await AddCampaignAsync(Owner);
        var first = await AddMailboxAsync("first@acme.example");
        var second = await AddMailboxAsync("second@acme.example");
        var dana = await AddProspectAsync("dana@globex.example");
        var fox = await AddProspectAsync("fox@globex.example");
        await AddThreadAsync(first, dana, campaign.Id, 1, 2);
        await AddThreadAsync(second, fox, campaign.Id, 3);
        var withoutMessage = Event(EmailEventKind.Clicked, null, null, campaign.Id);
        await AddEventsAsync(
            Event(EmailEventKind.Sent, 1, dana, campaign.Id),
            Event(EmailEventKind.Sent, 2, dana, campaign.Id),
            Event(EmailEventKind.Bounced, 2, dana, campaign.Id),
            Event(EmailEventKind.Replied, 1, dana, campaign.Id, "interested_meeting"),
            Event(EmailEventKind.Sent, 3, fox, campaign.Id),
            Event(EmailEventKind.Opened, 3, fox, campaign.Id),
            Event(EmailEventKind.Opened, 3, fox, campaign.Id),
            Event(EmailEventKind.Sent, 4, fox, other.Id),
            withoutMessage);

        var rows = await Analytics.GetMetricsAsync(campaign.Id, MetricsGrouping.Mailbox);

        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(campaign.Id, r.Key.CampaignId));
        Assert.All(rows, r => Assert.Null(r.Key.StepPosition));
        var none = Assert.Single(rows, r => r.Key.MailboxAccountId is null);
        Assert.Equal(0, none.Counts.Sent);
        Assert.Equal(1, none.Counts.Clicked);
        var byFirst = Assert.Single(rows, r => r.Key.MailboxAccountId == first);
        Assert.Equal((2, 1, 1, 1, 1), (byFirst.Counts.Sent, byFirst.Counts.Bounced, byFirst.Counts.Delivered, byFirst.Counts.Replied, byFirst.Counts.PositiveReplies));
        Assert.Equal(1.0, byFirst.ReplyRate.Value);
        var bySecond = Assert.Single(rows, r => r.Key.MailboxAccountId == second);
        Assert.Equal((1, 1, 0, 0), (bySecond.Counts.Sent, bySecond.Counts.Opened, bySecond.Counts.Bounced, bySecond.Counts.Replied));
        Assert.Null(rows[0].Key.MailboxAccountId);
    }

    [Fact]
    public async Task GetMetricsAsync_MailboxGroupingUnknownCampaign_ThrowsNamingCampaignId()
    {
        var error = await Assert.ThrowsAsync<AnalyticsValidationException>(() => Analytics.GetMetricsAsync(Id<Campaign>.New(), MetricsGrouping.Mailbox));
        Assert.Equal("campaignId", error.Field);
    }

    [Fact]
    public async Task CompareAsync_MailboxDimension_ThrowsNamingDimension()
    {
        var campaign = await AddCampaignAsync(Owner);
        var request = new CampaignComparisonRequest { CampaignIds = [campaign.Id], Dimension = MetricsGrouping.Mailbox };

        var error = await Assert.ThrowsAsync<AnalyticsValidationException>(() => Analytics.CompareAsync(request));
        Assert.Equal("dimension", error.Field);
    }

    [Fact]
    public void Calculate_MailboxGrouping_ThrowsNamingGrouping()
    {
        var error = Assert.Throws<AnalyticsValidationException>(() => CampaignMetricsCalculator.Calculate([], [], MetricsGrouping.Mailbox));
        Assert.Equal("grouping", error.Field);
    }

    [Fact]
    public async Task GetOwnerMetricsAsync_TwoCampaignsAndAnotherOwners_SumsTheOwnersCountsAndRecomputesRates()
    {
        var a = await AddCampaignAsync(Owner);
        var b = await AddCampaignAsync(Owner);
        var foreign = await AddCampaignAsync(OtherOwner);
        await AddEventsAsync(
            Event(EmailEventKind.Sent, 1, null, a.Id),
            Event(EmailEventKind.Sent, 2, null, a.Id),
            Event(EmailEventKind.Delivered, 1, null, a.Id),
            Event(EmailEventKind.Delivered, 2, null, a.Id),
            Event(EmailEventKind.Replied, 1, null, a.Id, "interested_meeting"),
            Event(EmailEventKind.Sent, 3, null, b.Id),
            Event(EmailEventKind.Sent, 4, null, b.Id),
            Event(EmailEventKind.Bounced, 4, null, b.Id),
            Event(EmailEventKind.Sent, 5, null, foreign.Id),
            Event(EmailEventKind.Sent, 6, null, foreign.Id),
            Event(EmailEventKind.Replied, 5, null, foreign.Id, "interested_meeting"));
        await AddMeetingAsync(Owner, a.Id, MeetingStatus.Scheduled);
        await AddMeetingAsync(Owner, b.Id, MeetingStatus.Completed);
        await AddMeetingAsync(Owner, null, MeetingStatus.Completed);
        await AddMeetingAsync(OtherOwner, foreign.Id, MeetingStatus.Scheduled);

        var total = await Analytics.GetOwnerMetricsAsync(Owner);

        Assert.Equal(new MetricsKey(null, null, null), total.Key);
        var counts = total.Counts;
        Assert.Equal((4, 3, 1, 1, 1), (counts.Sent, counts.Delivered, counts.Bounced, counts.Replied, counts.PositiveReplies));
        Assert.True(counts.DeliveredInferred);
        Assert.Equal((2, 2, 1), (counts.MeetingsProposed, counts.MeetingsBooked, counts.MeetingsHeld));

        // Recomputed from the sums (1 of 3 delivered), not averaged over the campaigns (1/2 and 0/1 would average 1/4).
        Assert.Equal(1.0 / 3, total.ReplyRate.Value!.Value, 9);
        Assert.Equal(2.0 / 3, total.MeetingBookedRate.Value!.Value, 9);
        Assert.Equal(0.25, total.BounceRate.Value!.Value, 9);
    }

    [Fact]
    public async Task GetOwnerMetricsAsync_CampaignsWithoutEvents_ReturnsZeros()
    {
        await AddCampaignAsync(Owner);

        var total = await Analytics.GetOwnerMetricsAsync(Owner);

        Assert.Equal(0, total.Counts.Sent);
        Assert.Null(total.ReplyRate.Value);
    }

    [Fact]
    public async Task GetOwnerMetricsAsync_BlankOwner_ThrowsNamingOwnerId()
    {
        var blank = await Assert.ThrowsAsync<AnalyticsValidationException>(() => Analytics.GetOwnerMetricsAsync(default));

        Assert.Equal("ownerId", blank.Field);
    }

    [Fact]
    public async Task GetOwnerMetricsAsync_OwnerWithoutCampaigns_ReturnsZeros()
    {
        await AddCampaignAsync(Owner);

        var total = await Analytics.GetOwnerMetricsAsync(new UserId("nobody"));

        Assert.Equal(0, total.Counts.Sent);
        Assert.Equal(0, total.Counts.MeetingsBooked);
    }

    private static EmailEvent Event(EmailEventKind kind, int? message, Id<Prospect>? prospect, Id<Campaign> campaign, string? detail = null) => new()
    {
        Id = Id<EmailEvent>.New(),
        Kind = kind,
        MessageId = message is { } n ? AnalyticsFixtures.Message(n) : null,
        ProspectId = prospect,
        CampaignId = campaign,
        OccurredAt = T0,
        StepPosition = 1,
        Variant = "A",
        Detail = detail,
    };

    private async Task<Campaign> AddCampaignAsync(UserId owner)
    {
        var campaign = new Campaign { OwnerId = owner, Name = "Breakdowns" };
        await InScopeAsync(s => s.Campaigns.AddAsync(campaign));
        return campaign;
    }

    private async Task<Id<MailboxAccount>> AddMailboxAsync(string address)
    {
        var account = new MailboxAccount { OwnerId = Owner, EmailAddress = address, Status = AccountStatus.Connected };
        await InScopeAsync(s => s.MailboxAccounts.AddAsync(account));
        return account.Id;
    }

    private async Task<Id<Prospect>> AddProspectAsync(string email)
    {
        var prospect = new Prospect { OwnerId = Owner, Email = email, FirstName = "P" };
        await InScopeAsync(s => s.Prospects.AddAsync(prospect));
        return prospect.Id;
    }

    private async Task AddThreadAsync(Id<MailboxAccount> mailbox, Id<Prospect> prospect, Id<Campaign> campaign, params int[] messages)
    {
        var thread = new EmailThread { MailboxAccountId = mailbox, ProspectId = prospect, CampaignId = campaign, Subject = "Hello" };
        foreach (var n in messages)
        {
            thread.Messages.Add(new EmailMessage
            {
                Id = AnalyticsFixtures.Message(n),
                ThreadId = thread.Id,
                Direction = MessageDirection.Outbound,
                RfcMessageId = $"m{n}@acme.example",
                Subject = "Hello",
                OccurredAt = T0,
            });
        }

        await InScopeAsync(s => s.Threads.AddAsync(thread));
    }

    private Task AddEventsAsync(params EmailEvent[] events) => InScopeAsync(s => s.EmailEvents.AddRangeAsync(events));

    private Task AddMeetingAsync(UserId owner, Id<Campaign>? campaign, MeetingStatus status)
    {
        var meeting = AnalyticsFixtures.Meeting(status, start: T0 + Duration.FromDays(1));
        meeting.CampaignId = campaign;
        meeting.OwnerId = owner;
        meeting.ProspectId = Id<Prospect>.New();
        return InScopeAsync(s => s.Meetings.AddAsync(meeting));
    }

    private async Task InScopeAsync(Func<IAutoMeetStore, Task> work)
    {
        var scope = _services.CreateAsyncScope();
        await using (scope)
        {
            await work(scope.ServiceProvider.GetRequiredService<IAutoMeetStore>());
        }
    }
}
