using AutoMeet.Messaging;
using AutoMeet.Sending;
using AutoMeet.Sequences;
using NodaTime;

namespace AutoMeet.Core.Tests.Sending;

/// <summary>
/// A crash injected at every point of the send path (the process dies there: nothing after it runs, an open
/// transaction is lost) never yields two sends nor a lost step, once another sender takes over after the lease.
/// </summary>
public sealed class OutboxCrashTests
{
    private static readonly Instant MondayMorning = Instant.FromUtc(2026, 11, 2, 7, 0);

    public static TheoryData<SendStage> Stages => [.. Enum.GetValues<SendStage>()];

    [Theory]
    [MemberData(nameof(Stages))]
    public async Task SendDueAsync_CrashAtStage_AnotherSenderFinishesWithExactlyOneSend(SendStage stage)
    {
        await using var host = await SendingHost.StartAsync(MondayMorning);
        var (prospect, enrollment) = await host.EnrollAsync("dana@globex.example");
        await host.PlanAsync();
        host.Advance(Duration.FromHours(2));

        if (stage == SendStage.LookedUp)
        {
            // The lookup only happens on a retry: first die right after the provider accepted the e-mail.
            await CrashAtAsync(host, SendStage.Sent);
            host.Advance(Duration.FromMinutes(6));
        }

        var doomed = host.NewSender();
        doomed.StageHook = (at, _) =>
        {
            if (at == stage)
            {
                throw new SimulatedCrashException(at);
            }
        };
        await Assert.ThrowsAsync<SimulatedCrashException>(() => host.SendAsync(doomed));

        host.Advance(Duration.FromMinutes(6)); // the dead sender's lease runs out
        var survivor = host.NewSender();
        await host.SendAsync(survivor);

        Assert.Single(host.Mailbox.ListSent());
        var rows = await host.InStoreAsync(s => s.Outbox.ListByEnrollmentAsync(enrollment.Id));
        Assert.Equal(OutboxStatus.Sent, Assert.Single(rows).Status);
        var stored = await host.InStoreAsync(s => s.Enrollments.FindAsync(enrollment.Id));
        Assert.Equal(1, stored!.NextStepPosition);
        var thread = await host.InStoreAsync(s => s.Threads.FindAsync(stored.ThreadId!.Value));
        Assert.Single(thread!.Messages);
        var events = await host.InStoreAsync(s => s.EmailEvents.ListAsync(new EmailEventQuery { ProspectId = prospect.Id, Kinds = [EmailEventKind.Sent] }, new AutoMeet.Storage.PageRequest(0, 10)));
        Assert.Single(events);

        // The rest of the sequence still runs, each step once.
        await host.RunUntilQuietAsync();
        Assert.Equal(3, host.Mailbox.ListSent().Count);
        Assert.Equal(EnrollmentStatus.Completed, (await host.InStoreAsync(s => s.Enrollments.FindAsync(enrollment.Id)))!.Status);
    }

    private static async Task CrashAtAsync(SendingHost host, SendStage stage)
    {
        var doomed = host.NewSender();
        doomed.StageHook = (at, _) =>
        {
            if (at == stage)
            {
                throw new SimulatedCrashException(at);
            }
        };
        await Assert.ThrowsAsync<SimulatedCrashException>(() => host.SendAsync(doomed));
    }

    private sealed class SimulatedCrashException(SendStage stage) : Exception($"Simulated crash at {stage}.");
}
