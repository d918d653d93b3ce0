using AutoMeet.Compliance;
using AutoMeet.Messaging;
using AutoMeet.Sandbox;
using AutoMeet.Sending;
using AutoMeet.Sequences;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace AutoMeet.Core.Tests.Sending;

public sealed class OutboxSenderTests
{
    // Monday 2026-11-02, 07:00 UTC = 08:00 in Berlin: before the 9–17 window opens.
    private static readonly Instant MondayMorning = Instant.FromUtc(2026, 11, 2, 7, 0);

    [Fact]
    public async Task PlanDueAsync_ActiveCampaign_PlansFirstStepAtWindowOpenWithMessageIdOnSenderDomain()
    {
        await using var host = await SendingHost.StartAsync(MondayMorning);
        var (_, enrollment) = await host.EnrollAsync("dana@globex.example");

        var report = await host.PlanAsync();

        Assert.Equal(1, report.Planned);
        var row = Assert.Single(await host.InStoreAsync(s => s.Outbox.ListByEnrollmentAsync(enrollment.Id)));
        AssertJittered(Instant.FromUtc(2026, 11, 2, 8, 0), row.DueAt); // 09:00 Berlin (CET), plus the distributor's spacing jitter
        Assert.EndsWith(".am@acme.example", row.RfcMessageId, StringComparison.Ordinal);
        Assert.True(row.IsFirstTouch);
        Assert.Equal(host.Account.Id, row.MailboxAccountId);
        var stored = await host.InStoreAsync(s => s.Enrollments.FindAsync(enrollment.Id));
        Assert.Equal(row.DueAt, stored!.NextStepDueAt);
        Assert.Equal(0, (await host.PlanAsync()).Planned); // planned once
    }

    [Fact]
    public async Task SendDueAsync_DueRow_SendsOnceWithUnsubscribeHeadersAndRecordsEverything()
    {
        await using var host = await SendingHost.StartAsync(MondayMorning);
        var (prospect, enrollment) = await host.EnrollAsync("dana@globex.example", firstName: "<Dana>");
        await host.PlanAsync();
        Assert.Equal(0, (await host.SendAsync()).Claimed); // not due before the window opens

        host.AdvanceTo(Instant.FromUtc(2026, 11, 2, 8, 10)); // the window opened at 08:00 UTC; the row is jittered a little after
        var report = await host.SendAsync();

        Assert.Equal(1, report.Sent);
        var sent = Assert.Single(host.Mailbox.ListSent());
        Assert.Equal("Quick question, <Dana>", sent.Email.Subject);
        Assert.Contains("&lt;Dana&gt;", sent.Email.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<Dana>", sent.Email.HtmlBody, StringComparison.Ordinal);
        Assert.StartsWith("<http://localhost:5000/unsubscribe?token=", sent.Email.Headers["List-Unsubscribe"], StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", sent.Email.Headers["List-Unsubscribe-Post"]);
        Assert.Contains("unsubscribe", sent.Email.TextBody, StringComparison.Ordinal);

        var row = Assert.Single(await host.InStoreAsync(s => s.Outbox.ListByEnrollmentAsync(enrollment.Id)));
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal(sent.Result.ProviderMessageId, row.ProviderMessageId);
        var stored = await host.InStoreAsync(s => s.Enrollments.FindAsync(enrollment.Id));
        Assert.Equal(1, stored!.NextStepPosition);
        Assert.Null(stored.NextStepDueAt);
        Assert.Equal(sent.Result.SentAt, stored.LastStepSentAt);
        var thread = await host.InStoreAsync(s => s.Threads.FindAsync(stored.ThreadId!.Value));
        Assert.Equal(sent.Result.ProviderThreadId, thread!.ProviderThreadId);
        Assert.Equal(prospect.Id, thread.ProspectId);
        Assert.Equal(sent.Result.RfcMessageId, Assert.Single(thread.Messages).RfcMessageId);
        var events = await host.InStoreAsync(s => s.EmailEvents.ListAsync(new EmailEventQuery { ProspectId = prospect.Id }, new AutoMeet.Storage.PageRequest(0, 10)));
        Assert.Equal(EmailEventKind.Sent, Assert.Single(events).Kind);
    }

    [Fact]
    public async Task RunUntilQuiet_ThreeStepSequence_SendsEachStepOnceInOneThreadAndCompletesCampaign()
    {
        await using var host = await SendingHost.StartAsync(MondayMorning);
        var (_, enrollment) = await host.EnrollAsync("dana@globex.example");

        await host.RunUntilQuietAsync();

        var sent = host.Mailbox.ListSent();
        Assert.Equal(3, sent.Count);
        AssertJittered(Instant.FromUtc(2026, 11, 2, 8, 0), sent[0].Result.SentAt);
        AssertJittered(Instant.FromUtc(2026, 11, 4, 8, 0), sent[1].Result.SentAt);
        AssertJittered(Instant.FromUtc(2026, 11, 9, 8, 0), sent[2].Result.SentAt);
        Assert.Null(sent[0].Email.ProviderThreadId);
        Assert.All(sent.Skip(1), s => Assert.Equal(sent[0].Result.ProviderThreadId, s.Email.ProviderThreadId));
        Assert.Equal("Re: Quick question, Dana", sent[1].Email.Subject);
        Assert.Equal(sent[1].Result.RfcMessageId, sent[2].Email.InReplyTo);
        Assert.Equal([sent[0].Result.RfcMessageId, sent[1].Result.RfcMessageId], sent[2].Email.References);
        var stored = await host.InStoreAsync(s => s.Enrollments.FindAsync(enrollment.Id));
        Assert.Equal(EnrollmentStatus.Completed, stored!.Status);
        var campaign = await host.InStoreAsync(s => s.Campaigns.FindAsync(host.Campaign.Id));
        Assert.Equal(AutoMeet.Campaigns.CampaignStatus.Completed, campaign!.Status);
    }

    [Fact]
    public async Task RunUntilQuiet_ProspectInKolkata_SendsAtNineLocalTime()
    {
        await using var host = await SendingHost.StartAsync(Instant.FromUtc(2026, 11, 1, 12, 0));
        await host.EnrollAsync("ravi@example.in", firstName: "Ravi", zone: "Asia/Kolkata");

        await host.RunUntilQuietAsync();

        var first = host.Mailbox.ListSent()[0];
        AssertJittered(Instant.FromUtc(2026, 11, 2, 3, 30), first.Result.SentAt); // Monday 09:00 IST (+5:30)
    }

    [Fact]
    public async Task RunUntilQuiet_DaylightSavingEndsBetweenSteps_FollowUpKeepsNineLocal()
    {
        // Friday 2026-10-23 08:00 Berlin (CEST, +2); DST ends Sunday 2026-10-25.
        await using var host = await SendingHost.StartAsync(Instant.FromUtc(2026, 10, 23, 6, 0), steps:
        [
            SendingHost.Email(0, 0, "Hello", "Hi"),
            SendingHost.Email(1, 1, null, "Following up"),
        ]);
        await host.EnrollAsync("dana@globex.example");

        await host.RunUntilQuietAsync();

        var sent = host.Mailbox.ListSent();
        AssertJittered(Instant.FromUtc(2026, 10, 23, 7, 0), sent[0].Result.SentAt); // 09:00 CEST
        AssertJittered(Instant.FromUtc(2026, 10, 26, 8, 0), sent[1].Result.SentAt); // Monday 09:00 CET
    }

    [Fact]
    public async Task PlanDueAsync_SnoozedEnrollment_ReplannedAfterSnoozeAtWindowOpen()
    {
        await using var host = await SendingHost.StartAsync(MondayMorning);
        var (_, enrollment) = await host.EnrollAsync("dana@globex.example");
        await host.PlanAsync();
        host.Advance(Duration.FromHours(2));
        await host.SendAsync();

        // An out-of-office reply snoozes the enrollment until Thursday (as the reply pipeline does).
        var until = Instant.FromUtc(2026, 11, 5, 0, 0);
        await host.InStoreAsync(async s =>
        {
            var e = await s.Enrollments.FindAsync(enrollment.Id);
            e!.Status = EnrollmentStatus.Snoozed;
            e.SnoozedUntil = until;
            e.NextStepDueAt = until;
            await s.Enrollments.UpdateAsync(e);
        });

        await host.PlanAsync();
        host.AdvanceTo(until);
        await host.PlanAsync();

        var rows = await host.InStoreAsync(s => s.Outbox.ListByEnrollmentAsync(enrollment.Id));
        AssertJittered(Instant.FromUtc(2026, 11, 5, 8, 0), rows.Single(r => r.StepPosition == 1).DueAt); // Thursday 09:00 Berlin
        var stored = await host.InStoreAsync(s => s.Enrollments.FindAsync(enrollment.Id));
        Assert.Equal(EnrollmentStatus.Active, stored!.Status);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(5, 0)]
    public async Task PlanDueAsync_MailboxBounceRateOverThreshold_BreakerHoldsNewSends(int bounces, int expectedPlanned)
    {
        await using var host = await SendingHost.StartAsync(MondayMorning);
        for (var i = 0; i < 20; i++)
        {
            var (_, done) = await host.EnrollAsync($"old{i}@company{i}.example");
            await host.InStoreAsync(async s =>
            {
                var e = await s.Enrollments.FindAsync(done.Id);
                e!.Status = EnrollmentStatus.Completed;
                e.MailboxAccountId = host.Account.Id;
                await s.Enrollments.UpdateAsync(e);
                await s.Outbox.AddAsync(new OutboxMessage
                {
                    OwnerId = SendingHost.Owner, CampaignId = host.Campaign.Id, EnrollmentId = done.Id, ProspectId = done.ProspectId,
                    MailboxAccountId = host.Account.Id, RfcMessageId = $"old{i}@acme.example", Status = OutboxStatus.Sent, DueAt = host.Now - Duration.FromDays(1),
                });
                if (i < bounces)
                {
                    await s.EmailEvents.AddAsync(new EmailEvent { Kind = EmailEventKind.Bounced, OccurredAt = host.Now - Duration.FromHours(20), CampaignId = host.Campaign.Id, EnrollmentId = done.Id });
                }
            });
        }

        await host.EnrollAsync("dana@globex.example");

        var report = await host.PlanAsync();

        Assert.Equal(expectedPlanned, report.Planned); // 5 bounces in 20 sends (25%) is over the 5% threshold
    }

    [Fact]
    public async Task SendDueAsync_EnrollmentStoppedAfterPlanning_CancelsRowAndSendsNothing()
    {
        await using var host = await SendingHost.StartAsync(MondayMorning);
        var (_, enrollment) = await host.EnrollAsync("dana@globex.example");
        await host.PlanAsync();
        await host.InStoreAsync(async s =>
        {
            var e = await s.Enrollments.FindAsync(enrollment.Id);
            e!.Status = EnrollmentStatus.Stopped;
            e.StopReason = StopReason.Replied;
            await s.Enrollments.UpdateAsync(e);
        });
        host.Advance(Duration.FromHours(2));

        var report = await host.SendAsync();

        Assert.Equal(1, report.Cancelled);
        Assert.Empty(host.Mailbox.ListSent());
        var row = Assert.Single(await host.InStoreAsync(s => s.Outbox.ListByEnrollmentAsync(enrollment.Id)));
        Assert.Equal(OutboxStatus.Cancelled, row.Status);
        Assert.Equal("the enrollment is stopped", row.LastError);
    }

    [Fact]
    public async Task SendDueAsync_AddressSuppressedAfterPlanning_CancelsAndStopsEnrollment()
    {
        await using var host = await SendingHost.StartAsync(MondayMorning);
        var (_, enrollment) = await host.EnrollAsync("dana@globex.example");
        await host.PlanAsync();
        await host.Services.GetRequiredService<ISuppressionService>().SuppressAsync(SendingHost.Owner, "Dana@Globex.example", AutoMeet.Compliance.SuppressionReason.Unsubscribed);
        host.Advance(Duration.FromHours(2));

        var report = await host.SendAsync();

        Assert.Equal(1, report.Cancelled);
        Assert.Empty(host.Mailbox.ListSent());
        var stored = await host.InStoreAsync(s => s.Enrollments.FindAsync(enrollment.Id));
        Assert.Equal(EnrollmentStatus.Stopped, stored!.Status);
        Assert.Equal(StopReason.Unsubscribed, stored.StopReason);
    }

    [Fact]
    public async Task SendDueAsync_CampaignPaused_DefersWithoutSending()
    {
        await using var host = await SendingHost.StartAsync(MondayMorning);
        var (_, enrollment) = await host.EnrollAsync("dana@globex.example");
        await host.PlanAsync();
        await host.InStoreAsync(async s =>
        {
            var c = await s.Campaigns.FindAsync(host.Campaign.Id);
            c!.Status = AutoMeet.Campaigns.CampaignStatus.Paused;
            await s.Campaigns.UpdateAsync(c);
        });
        host.Advance(Duration.FromHours(2));

        var report = await host.SendAsync();

        Assert.Equal(1, report.Deferred);
        Assert.Empty(host.Mailbox.ListSent());
        var row = Assert.Single(await host.InStoreAsync(s => s.Outbox.ListByEnrollmentAsync(enrollment.Id)));
        Assert.Equal(OutboxStatus.Pending, row.Status);
        Assert.Equal(host.Now + Duration.FromHours(1), row.DueAt);
    }

    /// <summary>The window opens at <paramref name="windowOpen"/>; the distributor spaces sends with a small deterministic jitter after it.</summary>
    private static void AssertJittered(Instant windowOpen, Instant actual) =>
        Assert.InRange(actual, windowOpen, windowOpen + Duration.FromMinutes(10));

    [Fact]
    public async Task SendDueAsync_MailboxOverItsPerMinuteRate_DefersTheRestByAMinuteThenSends()
    {
        await using var host = await SendingHost.StartAsync(MondayMorning, services => services.Configure<SendingOptions>(o => o.MaxSendsPerMinutePerMailbox = 1));
        await host.EnrollAsync("dana@globex.example");
        await host.EnrollAsync("fox@initech.example", firstName: "Fox");
        await host.PlanAsync();
        host.Advance(Duration.FromHours(3));

        var report = await host.SendAsync();
        host.Advance(Duration.FromMinutes(1)); // the window moves on the injected clock
        var later = await host.SendAsync();

        Assert.Equal((1, 1), (report.Sent, report.Deferred));
        Assert.Equal(1, later.Sent);
        Assert.Equal(2, host.Mailbox.ListSent().Count);
    }

    [Fact]
    public async Task SendDueAsync_BodyTemplateDoesNotParse_FailsRowWithLineAndColumn()
    {
        await using var host = await SendingHost.StartAsync(MondayMorning, steps: [SendingHost.Email(0, 0, "Hi", "Hello\n{{ prospect.first_name ")]);
        var (_, enrollment) = await host.EnrollAsync("dana@globex.example");
        await host.PlanAsync();
        host.Advance(Duration.FromHours(2));

        var report = await host.SendAsync();

        Assert.Equal(1, report.Failed);
        Assert.Empty(host.Mailbox.ListSent());
        var row = Assert.Single(await host.InStoreAsync(s => s.Outbox.ListByEnrollmentAsync(enrollment.Id)));
        Assert.Equal(OutboxStatus.Failed, row.Status);
        Assert.Contains("line 2", row.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendDueAsync_TwoProspectsOneMailbox_OneSendInFlightAtATime()
    {
        await using var host = await SendingHost.StartAsync(MondayMorning);
        await host.EnrollAsync("dana@globex.example");
        await host.EnrollAsync("fox@globex.example", firstName: "Fox");
        await host.PlanAsync();
        host.Advance(Duration.FromHours(2));

        var claimedTogether = await host.InStoreAsync(s => s.Outbox.ClaimDueAsync(new AutoMeet.Work.LeaseClaim("probe", 10, Duration.FromMinutes(5))));

        Assert.Single(claimedTogether);
    }

    [Fact]
    public async Task SendDueAsync_ProviderFailsTransiently_RetriesLaterAndSendsOnce()
    {
        var flaky = new FlakyMailbox();
        await using var host = await SendingHost.StartAsync(MondayMorning, services => services.Replace(ServiceDescriptor.Singleton<IMailbox>(sp => flaky.Wrap(sp.GetRequiredService<SandboxMailbox>()))));
        var (_, enrollment) = await host.EnrollAsync("dana@globex.example");
        await host.PlanAsync();
        host.Advance(Duration.FromHours(2));
        flaky.FailNextSendBefore = true;

        var first = await host.SendAsync();
        host.Advance(Duration.FromMinutes(3));
        var second = await host.SendAsync();

        Assert.Equal(1, first.Deferred);
        Assert.Equal(1, second.Sent);
        Assert.Single(host.Mailbox.ListSent());
        var row = Assert.Single(await host.InStoreAsync(s => s.Outbox.ListByEnrollmentAsync(enrollment.Id)));
        Assert.Equal(2, row.Attempts);
    }

    [Fact]
    public async Task SendDueAsync_ProviderAcceptedButResponseLost_RecoversWithoutSecondSend()
    {
        var flaky = new FlakyMailbox();
        await using var host = await SendingHost.StartAsync(MondayMorning, services => services.Replace(ServiceDescriptor.Singleton<IMailbox>(sp => flaky.Wrap(sp.GetRequiredService<SandboxMailbox>()))));
        var (_, enrollment) = await host.EnrollAsync("dana@globex.example");
        await host.PlanAsync();
        host.Advance(Duration.FromHours(2));
        flaky.FailNextSendAfter = true;

        var first = await host.SendAsync();
        host.Advance(Duration.FromMinutes(3));
        var second = await host.SendAsync();

        Assert.Equal(1, first.Deferred);
        Assert.Equal(1, second.Recovered);
        Assert.Single(host.Mailbox.ListSent());
        var stored = await host.InStoreAsync(s => s.Enrollments.FindAsync(enrollment.Id));
        Assert.Equal(1, stored!.NextStepPosition);
    }
}
