using System.Text.Json;
using AutoMeet.Approvals;
using AutoMeet.Campaigns;
using AutoMeet.Events;
using AutoMeet.Meetings;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AutoMeet.Core.Tests.Events;

public sealed class DomainEventRecorderTests
{
    private static readonly UserId Owner = new("owner-rec");

    [Fact]
    public async Task AddEmailEventAsync_SentEvent_StoresBothWithCampaignOwnerAndSmallPayload()
    {
        await using var host = new EventsHost();
        var campaign = await host.InStoreAsync(async s =>
        {
            var c = new Campaign { OwnerId = Owner, Name = "Q4" };
            await s.Campaigns.AddAsync(c);
            return c;
        });
        var prospect = Id<Prospect>.New();
        var emailEvent = new EmailEvent { Kind = EmailEventKind.Sent, OccurredAt = host.Now, CampaignId = campaign.Id, ProspectId = prospect, StepPosition = 2, Variant = "B" };

        await host.InStoreAsync(s => DomainEventRecorder.AddEmailEventAsync(s, emailEvent, CancellationToken.None));

        Assert.NotNull(await host.InStoreAsync(s => s.EmailEvents.FindAsync(emailEvent.Id)));
        var logged = Assert.Single(await host.InStoreAsync(s => s.DomainEvents.ListAfterAsync(0, null, 10)));
        Assert.Equal(DomainEventTypes.EmailSent, logged.Type);
        Assert.Equal(Owner, logged.OwnerId);
        Assert.Equal(campaign.Id, logged.CampaignId);
        Assert.Equal(prospect, logged.ProspectId);
        Assert.Equal(emailEvent.Id.ToString(), logged.EntityId);
        using var payload = JsonDocument.Parse(logged.Payload!);
        Assert.Equal(2, payload.RootElement.GetProperty("step").GetInt32());
        Assert.Equal("B", payload.RootElement.GetProperty("variant").GetString());
    }

    [Fact]
    public async Task AddEmailEventAsync_BounceWithDiagnostic_KeepsDiagnosticOutOfPayload()
    {
        await using var host = new EventsHost();
        var prospect = await host.InStoreAsync(async s =>
        {
            var p = new Prospect { OwnerId = Owner, Email = "ada@example.com", FirstName = "Ada" };
            await s.Prospects.AddAsync(p);
            return p;
        });
        var bounce = new EmailEvent { Kind = EmailEventKind.Bounced, OccurredAt = host.Now, ProspectId = prospect.Id, Detail = "550 ada@example.com unknown" };

        await host.InStoreAsync(s => DomainEventRecorder.AddEmailEventAsync(s, bounce, CancellationToken.None));

        var logged = Assert.Single(await host.InStoreAsync(s => s.DomainEvents.ListAfterAsync(0, null, 10)));
        Assert.Equal(DomainEventTypes.EmailBounced, logged.Type);
        Assert.Equal(Owner, logged.OwnerId);
        Assert.DoesNotContain("example.com", logged.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoveAsync_MeetingScheduled_AppendsMeetingBookedWithItsCampaignAndProspect()
    {
        await using var host = new EventsHost();
        var clock = host.Services.GetRequiredService<IClock>();
        var meeting = new Meeting
        {
            OwnerId = Owner,
            ProspectId = Id<Prospect>.New(),
            CampaignId = Id<Campaign>.New(),
            Status = MeetingStatus.AwaitingApproval,
            Title = "Intro",
            Start = host.Now + Duration.FromDays(2),
            End = host.Now + Duration.FromDays(2) + Duration.FromMinutes(30),
        };
        await host.InStoreAsync(s => s.Meetings.AddAsync(meeting));

        await host.InStoreAsync(s => s.ExecuteInTransactionAsync(async ct =>
        {
            var stored = await s.Meetings.FindAsync(meeting.Id, ct);
            await MeetingAudit.MoveAsync(s, clock, stored!, MeetingStatus.Scheduled, MeetingActor.Booker, "slot free", ct);
            return true;
        }));

        var logged = Assert.Single(await host.InStoreAsync(s => s.DomainEvents.ListAfterAsync(0, null, 10)));
        Assert.Equal(DomainEventTypes.MeetingBooked, logged.Type);
        Assert.Equal(meeting.CampaignId, logged.CampaignId);
        Assert.Equal(meeting.ProspectId, logged.ProspectId);
        Assert.Equal(nameof(Meeting), logged.EntityType);
        Assert.Contains("\"status\":\"scheduled\"", logged.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecideAsync_ApprovalDeclined_AppendsApprovalDecidedThenMeetingDeclined()
    {
        await using var host = new EventsHost();
        var clock = host.Services.GetRequiredService<IClock>();
        var meeting = new Meeting
        {
            OwnerId = Owner,
            ProspectId = Id<Prospect>.New(),
            Status = MeetingStatus.AwaitingApproval,
            Title = "Intro",
            Start = host.Now + Duration.FromDays(2),
            End = host.Now + Duration.FromDays(2) + Duration.FromMinutes(30),
        };
        var request = new ApprovalRequest { MeetingId = meeting.Id, OwnerId = Owner, ExpiresAt = host.Now + Duration.FromDays(1), TokenHash = "hash" };
        await host.InStoreAsync(s => s.Meetings.AddAsync(meeting));
        await host.InStoreAsync(s => s.Approvals.AddAsync(request));

        await host.InStoreAsync(s => s.ExecuteInTransactionAsync(async ct =>
        {
            var storedRequest = await s.Approvals.FindAsync(request.Id, ct);
            var storedMeeting = await s.Meetings.FindAsync(meeting.Id, ct);
            await ApprovalRequests.DecideAsync(s, clock, storedRequest!, storedMeeting!, ApprovalStatus.Declined, MeetingActor.Owner(Owner), "link", ct);
            return true;
        }));

        var logged = await host.InStoreAsync(s => s.DomainEvents.ListAfterAsync(0, null, 10));
        Assert.Equal([DomainEventTypes.ApprovalDecided, DomainEventTypes.MeetingDeclined], logged.Select(e => e.Type));
        Assert.Contains("\"decision\":\"declined\"", logged[0].Payload, StringComparison.Ordinal);
        Assert.Equal(meeting.ProspectId, logged[0].ProspectId);
    }

    [Theory]
    [InlineData(EmailEventKind.Opened, "email.opened")]
    [InlineData(EmailEventKind.Clicked, "email.clicked")]
    [InlineData(EmailEventKind.Replied, "email.replied")]
    [InlineData(EmailEventKind.Unsubscribed, "prospect.unsubscribed")]
    public void TypeOf_EmailEventKind_MapsToWireType(EmailEventKind kind, string expected) =>
        Assert.Equal(expected, DomainEventRecorder.TypeOf(kind));
}
