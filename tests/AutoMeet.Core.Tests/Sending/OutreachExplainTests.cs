using AutoMeet.Campaigns;
using AutoMeet.Sending;
using AutoMeet.Sequences.Distribution;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AutoMeet.Core.Tests.Sending;

public sealed class OutreachExplainTests
{
    private static readonly Instant MondayMorning = Instant.FromUtc(2026, 11, 2, 7, 0);

    [Fact]
    public async Task ExplainAsync_BeforeTheWindowOpens_SaysWhenTheFirstStepWillGoOut()
    {
        await using var host = await SendingHost.StartAsync(MondayMorning);
        var (_, enrollment) = await host.EnrollAsync("dana@globex.example");

        var explanation = await host.InStoreAsync(s => host.Services.GetRequiredService<ISequenceScheduler>().ExplainAsync(s, enrollment.Id));

        Assert.Contains(explanation.State, new[] { OutreachState.Scheduled, OutreachState.Waiting });
        Assert.NotNull(explanation.NextAt);
        Assert.True(explanation.NextAt >= MondayMorning, $"next at {explanation.NextAt}");
        Assert.False(string.IsNullOrWhiteSpace(explanation.Reason));
    }

    [Fact]
    public async Task ExplainAsync_AfterPlanning_ReportsTheQueuedInstant()
    {
        await using var host = await SendingHost.StartAsync(MondayMorning);
        var (_, enrollment) = await host.EnrollAsync("dana@globex.example");
        await host.PlanAsync();
        var planned = await host.InStoreAsync(s => s.Enrollments.FindAsync(enrollment.Id));

        var explanation = await host.InStoreAsync(s => host.Services.GetRequiredService<ISequenceScheduler>().ExplainAsync(s, enrollment.Id));

        Assert.Equal(OutreachState.Scheduled, explanation.State);
        Assert.Equal(planned!.NextStepDueAt, explanation.NextAt);
        Assert.Contains("outbox", explanation.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExplainAsync_PausedCampaign_SaysTheCampaignIsPaused()
    {
        await using var host = await SendingHost.StartAsync(MondayMorning);
        var (_, enrollment) = await host.EnrollAsync("dana@globex.example");
        await host.InStoreAsync(s => host.Services.GetRequiredService<ICampaignControl>().PauseAsync(s, host.Campaign.Id));

        var explanation = await host.InStoreAsync(s => host.Services.GetRequiredService<ISequenceScheduler>().ExplainAsync(s, enrollment.Id));

        Assert.Equal(OutreachState.Paused, explanation.State);
        Assert.Contains("Paused", explanation.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExplainAsync_UnknownEnrollment_ThrowsKeyNotFoundNamingIt()
    {
        await using var host = await SendingHost.StartAsync(MondayMorning);
        var id = Id<AutoMeet.Sequences.Enrollment>.New();

        var error = await Assert.ThrowsAsync<KeyNotFoundException>(() => host.InStoreAsync(s => host.Services.GetRequiredService<ISequenceScheduler>().ExplainAsync(s, id)));

        Assert.Contains(id.ToString(), error.Message, StringComparison.Ordinal);
    }
}
