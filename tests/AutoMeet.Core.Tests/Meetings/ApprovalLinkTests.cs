using AutoMeet.Approvals;
using AutoMeet.Compliance;
using AutoMeet.Meetings;
using AutoMeet.Prospects;
using AutoMeet.Replies;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AutoMeet.Core.Tests.Meetings;

/// <summary>Bad input on the approval links: forged, garbled, expired, reused or for another purpose.</summary>
public sealed class ApprovalLinkTests
{
    private static async Task<(MeetingHost Host, ReplyDecision Decision)> PendingAsync()
    {
        var host = await MeetingHost.StartAsync();
        var (prospect, thread) = await host.ProspectAsync("dana@globex.example");
        var decision = await host.ReplyAsync(prospect, thread, 0.9, new Interval(MeetingHost.BerlinTime(3, 3, 10), MeetingHost.BerlinTime(3, 3, 12)));
        await host.DrainAsync();
        return (host, decision);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("v1.k.bm90LWEtdG9rZW4.c2ln")]
    public async Task DecideAsync_GarbledOrForgedToken_IsInvalidAndChangesNothing(string? token)
    {
        var (host, decision) = await PendingAsync();
        await using var _ = host;

        Assert.Equal(ApprovalLinkOutcome.Invalid, (await host.Approvals.InspectAsync(token)).Outcome);
        Assert.Equal(ApprovalLinkOutcome.Invalid, (await host.Approvals.DecideAsync(token, ApprovalDecision.Approve, null)).Outcome);
        Assert.Equal(MeetingStatus.AwaitingApproval, (await host.MeetingForAsync(decision))!.Status);
    }

    [Fact]
    public async Task DecideAsync_TamperedSignature_IsInvalid()
    {
        var (host, decision) = await PendingAsync();
        await using var _ = host;
        var (approve, _) = host.LatestLinks();
        var tampered = approve[..^2] + (approve[^2] == 'A' ? "B" : "A") + approve[^1];

        Assert.Equal(ApprovalLinkOutcome.Invalid, (await host.Approvals.DecideAsync(tampered, ApprovalDecision.Approve, null)).Outcome);
        Assert.Equal(MeetingStatus.AwaitingApproval, (await host.MeetingForAsync(decision))!.Status);
    }

    [Fact]
    public async Task DecideAsync_SignedForAnotherPurpose_IsInvalid()
    {
        var (host, decision) = await PendingAsync();
        await using var _ = host;
        var (approve, decline) = host.LatestLinks();
        var signer = host.Services.GetRequiredService<ILinkSigner>();
        var request = Assert.Single(await host.ApprovalsForAsync((await host.MeetingForAsync(decision))!.Id));
        var unsubscribe = signer.Sign(new LinkTokenPayload(LinkPurposes.Unsubscribe, [request.Id.ToString(), MeetingHost.Owner.Value], request.ExpiresAt));

        Assert.Equal(ApprovalLinkOutcome.Invalid, (await host.Approvals.DecideAsync(decline, ApprovalDecision.Approve, null)).Outcome);
        Assert.Equal(ApprovalLinkOutcome.Invalid, (await host.Approvals.DecideAsync(approve, ApprovalDecision.Decline, null)).Outcome);
        Assert.Equal(ApprovalLinkOutcome.Invalid, (await host.Approvals.DecideAsync(unsubscribe, ApprovalDecision.Approve, null)).Outcome);
        Assert.Equal(MeetingStatus.AwaitingApproval, (await host.MeetingForAsync(decision))!.Status);
    }

    [Fact]
    public async Task DecideAsync_AuthenticLinkForAnUnknownRequest_IsInvalid()
    {
        var (host, _) = await PendingAsync();
        await using var _ = host;
        var signer = host.Services.GetRequiredService<ILinkSigner>();
        var token = signer.Sign(new LinkTokenPayload(LinkPurposes.ApproveMeeting, [Guid.NewGuid().ToString(), MeetingHost.Owner.Value], host.Now + Duration.FromHours(1)));

        Assert.Equal(ApprovalLinkOutcome.Invalid, (await host.Approvals.DecideAsync(token, ApprovalDecision.Approve, null)).Outcome);
    }

    [Fact]
    public async Task DecideAsync_ExpiredLink_IsExpiredAndChangesNothing()
    {
        var (host, decision) = await PendingAsync();
        await using var _ = host;
        var (approve, _) = host.LatestLinks();
        host.Advance(Duration.FromHours(24) + Duration.FromSeconds(1));

        Assert.Equal(ApprovalLinkOutcome.Expired, (await host.Approvals.InspectAsync(approve)).Outcome);
        Assert.Equal(ApprovalLinkOutcome.Expired, (await host.Approvals.DecideAsync(approve, ApprovalDecision.Approve, null)).Outcome);
        Assert.Equal(MeetingStatus.AwaitingApproval, (await host.MeetingForAsync(decision))!.Status);
        Assert.Empty(host.Calendar.ListEvents(host.Account.Id));
    }

    [Fact]
    public async Task DecideAsync_ReusedLinkAfterDecline_ShowsEarlierOutcome()
    {
        var (host, decision) = await PendingAsync();
        await using var _ = host;
        var (approve, decline) = host.LatestLinks();

        Assert.Equal(ApprovalLinkOutcome.Declined, (await host.Approvals.DecideAsync(decline, ApprovalDecision.Decline, null)).Outcome);
        var reused = await host.Approvals.DecideAsync(approve, ApprovalDecision.Approve, null);
        var inspected = await host.Approvals.InspectAsync(decline);

        Assert.Equal(ApprovalLinkOutcome.AlreadyHandled, reused.Outcome);
        Assert.Equal(ApprovalStatus.Declined, reused.RequestStatus);
        Assert.Equal(ApprovalLinkOutcome.AlreadyHandled, inspected.Outcome);
        Assert.Equal(MeetingStatus.Declined, (await host.MeetingForAsync(decision))!.Status);
        Assert.Empty(host.Calendar.ListEvents(host.Account.Id));
    }

    [Fact]
    public void Key_DependsOnPayloadNotOnTokenText()
    {
        var id = Id<ApprovalRequest>.New();
        var expires = Instant.FromUtc(2026, 3, 3, 9, 0);
        var key = ApprovalTokens.Key(id, MeetingHost.Owner, expires);
        var payloadKey = ApprovalTokens.KeyOf(new LinkTokenPayload(LinkPurposes.DeclineMeeting, [id.ToString(), MeetingHost.Owner.Value], expires), out var parsed);

        Assert.Equal(key, payloadKey);
        Assert.Equal(id, parsed);
        Assert.NotEqual(key, ApprovalTokens.Key(id, MeetingHost.Owner, expires + Duration.FromSeconds(1)));
        Assert.Null(ApprovalTokens.KeyOf(new LinkTokenPayload(LinkPurposes.ApproveMeeting, ["not-a-guid", "x"], expires), out _));
    }
}
