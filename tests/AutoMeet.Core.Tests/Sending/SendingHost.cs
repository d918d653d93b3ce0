using AutoMeet.Accounts;
using AutoMeet.Campaigns;
using AutoMeet.Prospects;
using AutoMeet.Sandbox;
using AutoMeet.Sending;
using AutoMeet.Sequences;
using AutoMeet.Storage;
using AutoMeet.Storage.Conformance.Tests.InMemory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace AutoMeet.Core.Tests.Sending;

/// <summary>A host with the in-memory store, the sandbox mailbox and a fake clock, seeded with one owner, mailbox, sequence and active campaign.</summary>
internal sealed class SendingHost : IAsyncDisposable
{
    public static readonly UserId Owner = new("owner-1");

    private SendingHost(ServiceProvider services, FakeTimeProvider time)
    {
        Services = services;
        Time = time;
    }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Time { get; }

    public Instant Now => Instant.FromDateTimeOffset(Time.GetUtcNow());

    public SandboxMailbox Mailbox => Services.GetRequiredService<SandboxMailbox>();

    public MailboxAccount Account { get; private set; } = null!;

    public OutreachSequence Sequence { get; private set; } = null!;

    public Campaign Campaign { get; private set; } = null!;

    public CampaignSchedule Schedule { get; private set; } = null!;

    /// <summary>Starts a host at <paramref name="start"/> with a three-e-mail sequence (day 0, +2 and +3 business days) in a Berlin 9–17 weekday window.</summary>
    public static async Task<SendingHost> StartAsync(Instant start, Action<IServiceCollection>? configure = null, string scheduleZone = "Europe/Berlin", params SequenceStep[] steps)
    {
        var time = new FakeTimeProvider(start.ToDateTimeOffset());
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddAutoMeet();
        services.AddInMemoryAutoMeetStore();
        configure?.Invoke(services);
        var host = new SendingHost(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }), time);

        host.Account = new MailboxAccount { OwnerId = Owner, EmailAddress = "alex@acme.example", DisplayName = "Alex Sender", Status = AccountStatus.Connected };
        var sequence = new OutreachSequence { OwnerId = Owner, Name = "Intro" };
        var stepList = steps.Length > 0 ? steps :
        [
            Email(0, 0, "Quick question, {{ prospect.first_name | default: \"there\" }}", "Hi {{ prospect.first_name | default: \"there\" }},\n\nDo you have 20 minutes for {{ prospect.company }}?"),
            Email(1, 2, null, "Just bumping this up, {{ prospect.first_name }}."),
            Email(2, 3, null, "Last note from me."),
        ];
        foreach (var step in stepList)
        {
            step.SequenceId = sequence.Id;
            sequence.Steps.Add(step);
        }

        host.Sequence = sequence;
        host.Campaign = new Campaign { OwnerId = Owner, Name = "Q4 outreach", Status = CampaignStatus.Active, SequenceId = sequence.Id, MailboxAccountId = host.Account.Id, StartedAt = start };
        host.Schedule = new CampaignSchedule { CampaignId = host.Campaign.Id, TimeZoneId = scheduleZone, Days = SendingDays.Weekdays, WindowStart = new LocalTime(9, 0), WindowEnd = new LocalTime(17, 0) };
        await host.InStoreAsync(async s =>
        {
            await s.MailboxAccounts.AddAsync(host.Account);
            await s.Sequences.AddAsync(sequence);
            await s.Campaigns.AddAsync(host.Campaign);
            await s.CampaignSchedules.AddAsync(host.Schedule);
        });
        return host;
    }

    public static SequenceStep Email(int position, int businessDays, string? subject, string body) => new()
    {
        Position = position,
        Kind = position == 0 ? SequenceStepKind.NewThreadEmail : SequenceStepKind.FollowUpEmail,
        DelayAmount = businessDays,
        DelayUnit = DelayUnit.BusinessDays,
        SubjectTemplate = subject,
        BodyTemplate = body,
    };

    public async Task<(Prospect Prospect, Enrollment Enrollment)> EnrollAsync(string email, string firstName = "Dana", string? zone = "Europe/Berlin", string company = "Globex")
    {
        var prospect = new Prospect { OwnerId = Owner, Email = email, FirstName = firstName, LastName = "Scully", Company = company, TimeZoneId = zone };
        var enrollment = new Enrollment { CampaignId = Campaign.Id, ProspectId = prospect.Id, SequenceId = Sequence.Id };
        await InStoreAsync(async s =>
        {
            await s.Prospects.AddAsync(prospect);
            await s.Enrollments.AddAsync(enrollment);
        });
        return (prospect, enrollment);
    }

    public OutboxSender NewSender() => ActivatorUtilities.CreateInstance<OutboxSender>(Services);

    public Task<SchedulingReport> PlanAsync() => InStoreAsync(s => Services.GetRequiredService<ISequenceScheduler>().PlanDueAsync(s));

    public Task<OutboxSendReport> SendAsync(IOutboxSender? sender = null) =>
        InStoreAsync(s => (sender ?? Services.GetRequiredService<IOutboxSender>()).SendDueAsync(s));

    public void Advance(Duration duration) => Time.Advance(duration.ToTimeSpan());

    public void AdvanceTo(Instant instant)
    {
        if (instant > Now)
        {
            Time.SetUtcNow(instant.ToDateTimeOffset());
        }
    }

    /// <summary>Runs the scheduler and the sender, moving the clock to each planned send, until nothing is left to plan or send.</summary>
    public async Task RunUntilQuietAsync(int maxRounds = 100)
    {
        for (var round = 0; round < maxRounds; round++)
        {
            await PlanAsync();
            var pending = await InStoreAsync(async s =>
            {
                var rows = new List<OutboxMessage>();
                foreach (var enrollment in await s.Enrollments.ListByCampaignAsync(Campaign.Id, new PageRequest(0, 1000)))
                {
                    rows.AddRange((await s.Outbox.ListByEnrollmentAsync(enrollment.Id)).Where(r => r.Status == OutboxStatus.Pending));
                }

                return rows;
            });
            if (pending.Count == 0)
            {
                var open = await InStoreAsync(async s => (await s.Enrollments.ListByCampaignAsync(Campaign.Id, new PageRequest(0, 1000)))
                    .Any(e => e.Status is EnrollmentStatus.Active or EnrollmentStatus.Snoozed));
                if (!open)
                {
                    return;
                }

                Advance(Duration.FromHours(12));
                continue;
            }

            AdvanceTo(pending.Min(r => r.DueAt));
            await SendAsync();
        }

        throw new InvalidOperationException($"Still busy after {maxRounds} rounds.");
    }

    public async Task<T> InStoreAsync<T>(Func<IAutoMeetStore, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IAutoMeetStore>());
    }

    public async Task InStoreAsync(Func<IAutoMeetStore, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<IAutoMeetStore>());
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
