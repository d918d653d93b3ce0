using AutoMeet.Campaigns;
using AutoMeet.Campaigns.Enrolling;
using AutoMeet.Campaigns.Variants;
using AutoMeet.Core.Tests.Sending;
using AutoMeet.Events;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Sending;
using AutoMeet.Sequences;
using AutoMeet.Storage;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AutoMeet.Core.Tests.Campaigns.Variants;

/// <summary>
/// A campaign A/B-tests its first e-mail, opts in to automatic retirement, and once A clearly beats B on reply rate the
/// job retires B: new enrollments only get A, and enrollments already on B get A for their next unsent step.
/// </summary>
public sealed class VariantRetirementStoryTests
{
    private static readonly Instant Monday = Instant.FromUtc(2026, 11, 2, 7, 0);

    [Fact]
    public async Task Job_ClearWinnerOnOptedInCampaign_RetiresLoserSoNewAndNextStepsGetTheWinner()
    {
        await using var host = await StartAsync();
        var first = await EnrollAsync(host, "first", 20);
        Assert.Equal(["A", "B"], (await EnrollmentsAsync(host)).Select(e => e.Variant).Distinct().Order(StringComparer.Ordinal));
        await SendFirstStepsAsync(host, 20);
        await SeedEvidenceAsync(host, ("A", 250, 60), ("B", 250, 5));
        await OptInAsync(host);

        await RunJobAsync(host);

        var campaign = await host.InStoreAsync(s => s.Campaigns.FindAsync(host.Campaign.Id));
        Assert.Equal(["B"], campaign!.RetiredVariants);
        var retiredEvent = Assert.Single(await RetirementEventsAsync(host));
        Assert.Contains("\"winner\":\"A\"", retiredEvent.Payload, StringComparison.Ordinal);
        Assert.Contains("\"retired\":[\"B\"]", retiredEvent.Payload, StringComparison.Ordinal);
        var audit = await host.InStoreAsync(s => s.AuditLog.ListForEntityAsync(nameof(Campaign), host.Campaign.Id.ToString()));
        Assert.Single(audit, a => a.Action == "campaign.variant_retired");

        // New enrollments only get the winner.
        var second = await EnrollAsync(host, "second", 20);
        var enrollments = await EnrollmentsAsync(host);
        Assert.All(enrollments.Where(e => second.Contains(e.ProspectId)), e => Assert.Equal("A", e.Variant));

        // Enrollments that got B's first e-mail get A's follow-up: every follow-up and every new first e-mail is A's.
        await host.RunUntilQuietAsync();
        var sent = host.Mailbox.ListSent();
        Assert.Equal(20 + 20 + 20 + 20, sent.Count);
        Assert.All(sent.Where(m => m.Email.TextBody!.StartsWith("Follow-up", StringComparison.Ordinal)), m => Assert.StartsWith("Follow-up A", m.Email.TextBody, StringComparison.Ordinal));
        Assert.All((await EnrollmentsAsync(host)).Where(e => first.Contains(e.ProspectId)), e => Assert.Equal("A", e.Variant));
        var firstEmailsAfter = sent.Skip(20).Where(m => m.Email.TextBody!.StartsWith("Body", StringComparison.Ordinal)).ToList();
        Assert.Equal(20, firstEmailsAfter.Count);
        Assert.All(firstEmailsAfter, m => Assert.Equal("Quick question", m.Email.Subject));
    }

    [Fact]
    public async Task Job_RunAgainInALaterPeriod_RetiresNothingTwice()
    {
        await using var host = await StartAsync();
        await SeedEvidenceAsync(host, ("A", 250, 60), ("B", 250, 5));
        await OptInAsync(host);
        await RunJobAsync(host);

        host.Advance(Duration.FromHours(2));
        await RunJobAsync(host);
        var outcome = await host.Services.GetRequiredService<IVariantRetirement>().EvaluateAsync(host.Campaign.Id);

        Assert.False(outcome.Applied);
        Assert.Equal(["B"], outcome.RetiredVariants);
        Assert.Single(await RetirementEventsAsync(host));
    }

    [Fact]
    public async Task Job_CampaignNotOptedIn_RetiresNothing()
    {
        await using var host = await StartAsync();
        await SeedEvidenceAsync(host, ("A", 250, 60), ("B", 250, 5));

        await RunJobAsync(host);
        var outcome = await host.Services.GetRequiredService<IVariantRetirement>().EvaluateAsync(host.Campaign.Id);

        Assert.Empty((await host.InStoreAsync(s => s.Campaigns.FindAsync(host.Campaign.Id)))!.RetiredVariants);
        Assert.False(outcome.Applied);
        Assert.Empty(outcome.Decision.Retire);
        Assert.Empty(await RetirementEventsAsync(host));
    }

    [Fact]
    public async Task EvaluateAsync_BelowMinimumSample_RetiresNothing()
    {
        await using var host = await StartAsync();
        await SeedEvidenceAsync(host, ("A", 150, 75), ("B", 150, 0));
        await OptInAsync(host);

        var outcome = await host.Services.GetRequiredService<IVariantRetirement>().EvaluateAsync(host.Campaign.Id);

        Assert.False(outcome.Applied);
        Assert.Empty(outcome.RetiredVariants);
        Assert.Contains("200", outcome.Decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateAsync_TwoWorkersAtOnce_StoreTheRetirementOnce()
    {
        await using var host = await StartAsync();
        await SeedEvidenceAsync(host, ("A", 250, 60), ("B", 250, 5));
        await OptInAsync(host);
        var retirement = host.Services.GetRequiredService<IVariantRetirement>();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => retirement.EvaluateAsync(host.Campaign.Id))));

        Assert.Single(outcomes, o => o.Applied);
        Assert.All(outcomes, o => Assert.Equal(["B"], o.RetiredVariants));
        Assert.Single(await RetirementEventsAsync(host));
    }

    private static Task<SendingHost> StartAsync() => SendingHost.StartAsync(Monday, steps:
    [
        SendingHost.Email(0, 0, "{% if campaign.variant == \"B\" %}Idea for {{ prospect.company }}{% else %}Quick question{% endif %}", "Body {{ campaign.variant }}"),
        SendingHost.Email(1, 2, null, "Follow-up {{ campaign.variant }}"),
    ]);

    private static async Task<HashSet<Id<Prospect>>> EnrollAsync(SendingHost host, string prefix, int count)
    {
        var prospects = new List<Prospect>();
        for (var i = 0; i < count; i++)
        {
            prospects.Add(new Prospect { OwnerId = SendingHost.Owner, Email = $"{prefix}{i}@company-{prefix}{i}.example", FirstName = "P", Company = "Some Co", TimeZoneId = "Europe/Berlin" });
        }

        await host.InStoreAsync(async s =>
        {
            foreach (var prospect in prospects)
            {
                await s.Prospects.AddAsync(prospect);
            }
        });
        var result = await host.InStoreAsync(s => host.Services.GetRequiredService<IEnrollmentService>().EnrollAsync(s, new EnrollmentRequest(host.Campaign.Id, [.. prospects.Select(p => p.Id)])));
        Assert.Equal(count, result.Enrolled);
        return [.. prospects.Select(p => p.Id)];
    }

    private static Task<IReadOnlyList<Enrollment>> EnrollmentsAsync(SendingHost host) =>
        host.InStoreAsync(s => s.Enrollments.ListByCampaignAsync(host.Campaign.Id, new PageRequest(0, 1000)));

    /// <summary>Plans and sends until every enrollment got its first e-mail (follow-ups are two business days away, beyond the planning horizon).</summary>
    private static async Task SendFirstStepsAsync(SendingHost host, int expected)
    {
        for (var round = 0; round < 20 && host.Mailbox.ListSent().Count < expected; round++)
        {
            await host.PlanAsync();
            var due = await host.InStoreAsync(async s =>
            {
                var rows = new List<OutboxMessage>();
                foreach (var enrollment in await s.Enrollments.ListByCampaignAsync(host.Campaign.Id, new PageRequest(0, 1000)))
                {
                    rows.AddRange((await s.Outbox.ListByEnrollmentAsync(enrollment.Id)).Where(r => r.Status == OutboxStatus.Pending));
                }

                return rows.Count == 0 ? (Instant?)null : rows.Min(r => r.DueAt);
            });
            if (due is { } at)
            {
                host.AdvanceTo(at);
                await host.SendAsync();
            }
            else
            {
                host.Advance(Duration.FromHours(1));
            }
        }

        Assert.Equal(expected, host.Mailbox.ListSent().Count);
    }

    /// <summary>Records past sends and replies per variant (other messages than the sandbox's), as the analytics count them.</summary>
    private static Task SeedEvidenceAsync(SendingHost host, params (string Variant, int Sent, int Replied)[] arms) => host.InStoreAsync(async s =>
    {
        var events = new List<EmailEvent>();
        foreach (var (variant, sentCount, replied) in arms)
        {
            for (var i = 0; i < sentCount; i++)
            {
                var message = Id<EmailMessage>.New();
                events.Add(new EmailEvent { Kind = EmailEventKind.Sent, CampaignId = host.Campaign.Id, MessageId = message, StepPosition = 0, Variant = variant, OccurredAt = host.Now - Duration.FromDays(3) });
                if (i < replied)
                {
                    events.Add(new EmailEvent { Kind = EmailEventKind.Replied, CampaignId = host.Campaign.Id, MessageId = message, StepPosition = 0, Variant = variant, Detail = "question", OccurredAt = host.Now - Duration.FromDays(2) });
                }
            }
        }

        await s.EmailEvents.AddRangeAsync(events);
    });

    private static Task OptInAsync(SendingHost host) => host.InStoreAsync(async s =>
    {
        var campaign = await s.Campaigns.FindAsync(host.Campaign.Id);
        campaign!.AutoRetireLosingVariants = true;
        campaign.VariantRetirementMeasure = VariantMeasure.ReplyRate;
        await s.Campaigns.UpdateAsync(campaign);
    });

    /// <summary>Runs the retirement job (it queues this period's run) and then the work-queue job (which runs it).</summary>
    private static async Task RunJobAsync(SendingHost host)
    {
        foreach (var job in host.Services.GetServices<IAutoMeetJob>().Where(j => j is VariantRetirementJob or WorkQueueJob).OrderBy(j => j is WorkQueueJob))
        {
            await using var scope = host.Services.CreateAsyncScope();
            await job.RunAsync(scope.ServiceProvider, CancellationToken.None);
        }
    }

    private static Task<IReadOnlyList<DomainEvent>> RetirementEventsAsync(SendingHost host) =>
        host.InStoreAsync(s => s.DomainEvents.ListAfterAsync(0, new DomainEventFilter { Types = [DomainEventTypes.CampaignVariantRetired] }, 100));
}
