using AutoMeet.Campaigns;
using AutoMeet.Sending;
using AutoMeet.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AutoMeet.Core.Tests.Sending;

public sealed class CampaignControlTests
{
    private static readonly Instant MondayMorning = Instant.FromUtc(2026, 11, 2, 7, 0);

    [Fact]
    public async Task ResumeAsync_AfterPause_ReplansHeldSendsWithinCapsAndSpacingInsteadOfBursting()
    {
        await using var host = await SendingHost.StartAsync(MondayMorning);
        await host.InStoreAsync(async s =>
        {
            var account = await s.MailboxAccounts.FindAsync(host.Account.Id);
            account!.DailySendLimit = 10;
            await s.MailboxAccounts.UpdateAsync(account);
        });
        for (var i = 0; i < 30; i++)
        {
            await host.EnrollAsync($"p{i}@company{i}.example", firstName: $"P{i}");
        }

        Assert.Equal(10, (await host.PlanAsync()).Planned); // the daily cap
        var control = host.Services.GetRequiredService<ICampaignControl>();
        await host.InStoreAsync(s => control.PauseAsync(s, host.Campaign.Id));
        host.Advance(Duration.FromHours(3));
        Assert.Equal(10, (await host.SendAsync()).Deferred); // held while paused

        host.AdvanceTo(Instant.FromUtc(2026, 11, 4, 7, 0)); // Wednesday, before the window opens
        var (campaign, replanned) = await host.InStoreAsync(s => control.ResumeAsync(s, host.Campaign.Id));
        var planned = await host.PlanAsync();

        Assert.Equal(CampaignStatus.Active, campaign.Status);
        Assert.Equal(10, replanned);
        Assert.Equal(10, planned.Planned); // still at most the daily cap, not all 30
        var pending = await PendingAsync(host);
        Assert.Equal(10, pending.Count);
        var times = pending.Select(r => r.DueAt).Order().ToList();
        Assert.All(times, t => Assert.InRange(t, Instant.FromUtc(2026, 11, 4, 8, 0), Instant.FromUtc(2026, 11, 4, 16, 0)));
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= Duration.FromMinutes(1), $"{pair.First} and {pair.Second} are too close"));
    }

    [Fact]
    public async Task PauseAsync_AlreadyPaused_ThrowsInvalidTransition()
    {
        await using var host = await SendingHost.StartAsync(MondayMorning);
        var control = host.Services.GetRequiredService<ICampaignControl>();
        await host.InStoreAsync(s => control.PauseAsync(s, host.Campaign.Id));

        var error = await Assert.ThrowsAsync<InvalidCampaignTransitionException>(() => host.InStoreAsync(s => control.PauseAsync(s, host.Campaign.Id)));

        Assert.Contains("Paused", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_CampaignMidway_ReportsEnrollmentsSendsAndWhatComesNext()
    {
        await using var host = await SendingHost.StartAsync(MondayMorning);
        var (_, stopped) = await host.EnrollAsync("fox@initech.example", firstName: "Fox");
        await host.EnrollAsync("dana@globex.example");
        await host.PlanAsync();
        host.Advance(Duration.FromHours(3));
        await host.SendAsync();
        await host.InStoreAsync(async s =>
        {
            var e = await s.Enrollments.FindAsync(stopped.Id);
            e!.Status = AutoMeet.Sequences.EnrollmentStatus.Stopped;
            e.StopReason = AutoMeet.Sequences.StopReason.Replied;
            await s.Enrollments.UpdateAsync(e);
        });
        await host.PlanAsync();

        var progress = await host.InStoreAsync(s => host.Services.GetRequiredService<ICampaignStatusTracker>().GetAsync(s, host.Campaign.Id));

        Assert.Equal(CampaignStatus.Active, progress.Status);
        Assert.Equal(1, progress.Enrollments[AutoMeet.Sequences.EnrollmentStatus.Active]);
        Assert.Equal(1, progress.Enrollments[AutoMeet.Sequences.EnrollmentStatus.Stopped]);
        Assert.Equal(1, progress.StopReasons[AutoMeet.Sequences.StopReason.Replied]);
        Assert.Equal(2, progress.Sent);
        Assert.False(progress.IsFinished);
        Assert.NotNull(progress.LastSentAt);
    }

    private static Task<List<OutboxMessage>> PendingAsync(SendingHost host) => host.InStoreAsync(async s =>
    {
        var rows = new List<OutboxMessage>();
        foreach (var enrollment in await s.Enrollments.ListByCampaignAsync(host.Campaign.Id, new PageRequest(0, 1000)))
        {
            rows.AddRange((await s.Outbox.ListByEnrollmentAsync(enrollment.Id)).Where(r => r.Status == OutboxStatus.Pending));
        }

        return rows;
    });
}
