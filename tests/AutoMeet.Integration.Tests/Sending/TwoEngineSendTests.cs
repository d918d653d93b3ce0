using AutoMeet.Accounts;
using AutoMeet.Campaigns;
using AutoMeet.Prospects;
using AutoMeet.Sandbox;
using AutoMeet.Sending;
using AutoMeet.Sequences;
using AutoMeet.Storage;
using AutoMeet.Storage.EFCore;
using AutoMeet.Storage.EFCore.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace AutoMeet.Integration.Tests.Sending;

/// <summary>
/// Two engine instances (two hosts, each with its own service provider, store connections and sender) share one
/// database and one mailbox provider; together they send every due step exactly once.
/// </summary>
public sealed class TwoEngineSendTests
{
    private const int Mailboxes = 40;
    private static readonly UserId Owner = new("owner-two-engines");
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 2, 10, 0);

    [PostgresFact]
    [Trait("Category", "PostgreSql")]
    public async Task SendDueAsync_TwoEnginesOnPostgreSql_Send2000DueStepsEachExactlyOnce()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await AssertEachSentOnceAsync(StoreProvider.PostgreSql, database.ConnectionString, rows: 2000);
    }

    [Fact]
    public async Task SendDueAsync_TwoEnginesOnSqlite_Send300DueStepsEachExactlyOnce()
    {
        using var database = new SqliteDatabase();
        await AssertEachSentOnceAsync(StoreProvider.Sqlite, database.ConnectionString, rows: 300);
    }

    private static async Task AssertEachSentOnceAsync(StoreProvider provider, string connectionString, int rows)
    {
        var time = new FakeTimeProvider(Now.ToDateTimeOffset());
        var mailbox = new SandboxMailbox(NodaTime.Extensions.TimeProviderExtensions.ToClock(time));
        await using var engineA = Engine("engine-a", provider, connectionString, time, mailbox);
        await using var engineB = Engine("engine-b", provider, connectionString, time, mailbox);
        await engineA.GetRequiredService<IAutoMeetStoreInitializer>().InitializeAsync();
        await SeedAsync(engineA, rows);

        var sentBy = new int[2];
        var workers = new[] { engineA, engineA, engineB, engineB }.Select((engine, index) => Task.Run(async () =>
        {
            var sender = engine.GetRequiredService<IOutboxSender>();
            for (var idle = 0; idle < 5;)
            {
                await using var scope = engine.CreateAsyncScope();
                var report = await sender.SendDueAsync(scope.ServiceProvider.GetRequiredService<IAutoMeetStore>());
                Assert.Equal(0, report.Failed + report.LeaseLost + report.Cancelled);
                Interlocked.Add(ref sentBy[index / 2], report.Sent);
                idle = report.Claimed == 0 ? idle + 1 : 0;
                if (report.Claimed == 0)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System);
                }
            }
        })).ToList();
        await Task.WhenAll(workers);

        var sent = mailbox.ListSent();
        Assert.Equal(rows, sent.Count);
        Assert.Equal(rows, sentBy[0] + sentBy[1]);
        Assert.True(sentBy[0] > 0 && sentBy[1] > 0, $"Both engines should have sent: A {sentBy[0]}, B {sentBy[1]}.");
        Assert.Equal(rows, sent.Select(s => s.Email.RfcMessageId).Distinct(StringComparer.Ordinal).Count());
        await using var check = engineB.CreateAsyncScope();
        var store = check.ServiceProvider.GetRequiredService<IAutoMeetStore>();
        var campaign = (await store.Campaigns.ListByOwnerAsync(Owner, new PageRequest(0, 1))).Single();
        var enrollments = new List<Enrollment>();
        for (var skip = 0; ; skip += PageRequest.MaxTake)
        {
            var page = await store.Enrollments.ListByCampaignAsync(campaign.Id, new PageRequest(skip, PageRequest.MaxTake));
            enrollments.AddRange(page);
            if (page.Count < PageRequest.MaxTake)
            {
                break;
            }
        }

        Assert.Equal(rows, enrollments.Count);
        Assert.All(enrollments, e => Assert.Equal(1, e.NextStepPosition));
        var events = await store.EmailEvents.CountAsync(new AutoMeet.Messaging.EmailEventQuery { CampaignId = campaign.Id, Kinds = [AutoMeet.Messaging.EmailEventKind.Sent] });
        Assert.Equal(rows, events);
    }

    private static ServiceProvider Engine(string name, StoreProvider provider, string connectionString, FakeTimeProvider time, SandboxMailbox mailbox)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton(mailbox); // one provider behind both engines, as one Gmail behind two hosts
        services.AddAutoMeet(o => o.WorkerName = name)
            .AddEntityFrameworkStore(o =>
            {
                o.Provider = provider;
                o.ConnectionString = connectionString;
            });
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    private static async Task SeedAsync(ServiceProvider engine, int rows)
    {
        await using var scope = engine.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
        var mailboxes = Enumerable.Range(0, Mailboxes)
            .Select(i => new MailboxAccount { OwnerId = Owner, EmailAddress = $"sender{i}@acme.example", Status = AccountStatus.Connected })
            .ToList();
        var sequence = new OutreachSequence { OwnerId = Owner, Name = "One step" };
        sequence.Steps.Add(new SequenceStep { SequenceId = sequence.Id, Position = 0, Kind = SequenceStepKind.NewThreadEmail, SubjectTemplate = "Hi {{ prospect.first_name }}", BodyTemplate = "Hello {{ prospect.first_name }} at {{ prospect.company }}." });
        var campaign = new Campaign { OwnerId = Owner, Name = "Two engines", Status = CampaignStatus.Active, SequenceId = sequence.Id, MailboxAccountId = mailboxes[0].Id, StartedAt = Now };
        var prospects = Enumerable.Range(0, rows)
            .Select(i => new Prospect { OwnerId = Owner, Email = $"p{i}@globex{i % 50}.example", FirstName = $"P{i}", Company = "Globex" })
            .ToList();
        var enrollments = prospects.Select(p => new Enrollment { CampaignId = campaign.Id, ProspectId = p.Id, SequenceId = sequence.Id }).ToList();
        var outbox = enrollments.Select((e, i) => new OutboxMessage
        {
            OwnerId = Owner,
            CampaignId = campaign.Id,
            EnrollmentId = e.Id,
            ProspectId = e.ProspectId,
            StepPosition = 0,
            IsFirstTouch = true,
            MailboxAccountId = mailboxes[i % Mailboxes].Id,
            RfcMessageId = MessageIds.New(mailboxes[i % Mailboxes].EmailAddress),
            DueAt = Now - Duration.FromMinutes(1) + Duration.FromMilliseconds(i),
        }).ToList();

        await store.MailboxAccounts.AddRangeAsync(mailboxes);
        await store.Sequences.AddAsync(sequence);
        await store.Campaigns.AddAsync(campaign);
        await store.Prospects.AddRangeAsync(prospects);
        await store.Enrollments.AddRangeAsync(enrollments);
        await store.Outbox.AddRangeAsync(outbox);
    }
}
