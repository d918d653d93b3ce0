using AutoMeet.Accounts;
using AutoMeet.Campaigns;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Storage.Conformance;
using AutoMeet.Storage.EFCore.Model.Rollups;
using AutoMeet.Storage.EFCore.Stores;
using AutoMeet.Storage.EFCore.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace AutoMeet.Storage.EFCore.Tests.Stores;

/// <summary>
/// The hourly rollup answers <see cref="IEmailEventStore.CountByBucketAsync"/> exactly as the raw events would: random
/// histories (out-of-order inserts, batches, repeated events of one message, replies with labels, events without a
/// message) bucketed by local days, hours and weeks of zones with DST changes, compared with a direct computation.
/// </summary>
public sealed class EventRollupTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 3, 20, 0, 0);
    private static readonly string?[] Labels = ["interested_meeting", "out_of_office", "not_interested", null];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task CountByBucketAsync_RandomHistoryOnSqlite_MatchesRawCount(int seed)
    {
        using var database = new SqliteDatabase();
        await using var host = new StoreHost(StoreProvider.Sqlite, database.ConnectionString);
        await RunEquivalenceAsync(host, seed);
    }

    [PostgresFact]
    public async Task CountByBucketAsync_RandomHistoryOnPostgreSql_MatchesRawCount()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var host = new StoreHost(StoreProvider.PostgreSql, database.ConnectionString);
        await RunEquivalenceAsync(host, 7);
    }

    [Fact]
    public async Task CountByBucketAsync_AfterProspectDeleted_CountsRawUntilInitializerRebuilds()
    {
        using var database = new SqliteDatabase();
        await using var host = new StoreHost(StoreProvider.Sqlite, database.ConnectionString);
        await host.InitializeAsync();
        var (campaign, messages, prospects) = await SeedAsync(host, messageCount: 10);
        var events = RandomEvents(new Random(11), campaign.Id, messages, prospects, 200);
        await host.InScopeAsync(s => s.EmailEvents.AddRangeAsync(events));
        Assert.True(await HasRollupAsync(host, campaign.Id));

        Assert.True(await host.InScopeAsync(s => s.Prospects.DeleteAsync(prospects[0])));
        var remaining = events.Where(e => e.ProspectId != prospects[0]).ToList();

        Assert.False(await HasRollupAsync(host, campaign.Id));
        await AssertSameAsync(host, campaign.Id, remaining, "Europe/Berlin");
        await host.InitializeAsync();
        Assert.True(await HasRollupAsync(host, campaign.Id));
        await AssertSameAsync(host, campaign.Id, remaining, "Europe/Berlin");
    }

    [Fact]
    public async Task InitializeAsync_EventsWrittenWithoutRollup_RebuildsIt()
    {
        using var database = new SqliteDatabase();
        await using var host = new StoreHost(StoreProvider.Sqlite, database.ConnectionString);
        await host.InitializeAsync();
        var (campaign, messages, prospects) = await SeedAsync(host, messageCount: 10);
        await host.WithContextAsync(db => db.Set<CampaignEventRollup>().ExecuteDeleteAsync());
        var events = RandomEvents(new Random(5), campaign.Id, messages, prospects, 150);
        await host.InScopeAsync(s => s.EmailEvents.AddRangeAsync(events));
        Assert.False(await HasRollupAsync(host, campaign.Id));

        await host.InitializeAsync();

        Assert.True(await HasRollupAsync(host, campaign.Id));
        await AssertSameAsync(host, campaign.Id, events, "America/New_York");
    }

    [Fact]
    public async Task RebuildAsync_EventsInsertedWithPlainSql_RollsThemUp()
    {
        using var database = new SqliteDatabase();
        await using var host = new StoreHost(StoreProvider.Sqlite, database.ConnectionString);
        await host.InitializeAsync();
        var campaign = new Campaign { OwnerId = new UserId("owner-sql"), Name = "Plain SQL" };
        await host.InScopeAsync(s => s.Campaigns.AddAsync(campaign));
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO email_events (id, kind, occurred_at, campaign_id, created_at, updated_at, version) VALUES ($id, 0, $at, $campaign, $at, $at, 1)";
            command.Parameters.AddWithValue("$id", Guid.NewGuid().ToString().ToUpperInvariant());
            command.Parameters.AddWithValue("$at", Start.ToUnixTimeTicks());
            command.Parameters.AddWithValue("$campaign", campaign.Id.Value.ToString().ToUpperInvariant());
            await command.ExecuteNonQueryAsync();
        }

        await host.WithContextAsync(async db =>
        {
            await EventRollupRebuilder.RebuildAsync(db, campaign.Id, CancellationToken.None);
            return true;
        });

        Assert.Equal(1, await host.WithContextAsync(db => db.Set<EmailEventHourCount>().SumAsync(r => r.Events)));
    }

    private static async Task RunEquivalenceAsync(StoreHost host, int seed)
    {
        await host.InitializeAsync();
        var (campaign, messages, prospects) = await SeedAsync(host, messageCount: 25);
        var random = new Random(seed);
        var events = RandomEvents(random, campaign.Id, messages, prospects, 400);

        // Shuffled, then inserted one by one and in batches: predecessors arrive after their successors.
        var shuffled = events.OrderBy(_ => random.Next()).ToList();
        for (var i = 0; i < shuffled.Count;)
        {
            var size = random.Next(1, 6);
            var batch = shuffled.Skip(i).Take(size).ToList();
            if (batch.Count == 1)
            {
                await host.InScopeAsync(s => s.EmailEvents.AddAsync(batch[0]));
            }
            else
            {
                await host.InScopeAsync(s => s.EmailEvents.AddRangeAsync(batch));
            }

            i += batch.Count;
        }

        Assert.True(await HasRollupAsync(host, campaign.Id));
        foreach (var zone in new[] { "Europe/Berlin", "America/New_York", "UTC", "Asia/Kolkata" })
        {
            await AssertSameAsync(host, campaign.Id, events, zone);
        }

        // The whole-hour answers came from the rollup: it holds every event, and without its rows they are gone.
        Assert.Equal(events.Count, await host.WithContextAsync(db => db.Set<EmailEventHourCount>().SumAsync(r => r.Events)));
        await host.WithContextAsync(db => db.Set<EmailEventHourCount>().ExecuteDeleteAsync());
        Instant[] day = [Start, Start.Plus(Duration.FromDays(1))];
        Assert.Empty(await host.InScopeAsync(s => s.EmailEvents.CountByBucketAsync(new EmailEventQuery { CampaignId = campaign.Id }, day)));
        Assert.NotEmpty(await host.InScopeAsync(s => s.EmailEvents.CountByBucketAsync(new EmailEventQuery { CampaignId = campaign.Id }, [Start.Plus(Duration.FromMinutes(30)), Start.Plus(Duration.FromDays(1))])));
    }

    private static async Task AssertSameAsync(StoreHost host, Id<Campaign> campaignId, IReadOnlyList<EmailEvent> events, string zoneId)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var firstDay = Start.InZone(zone).Date.PlusDays(-1);
        var days = Enumerable.Range(0, 30).Select(d => zone.AtStartOfDay(firstDay.PlusDays(d)).ToInstant()).ToList();
        var hours = Enumerable.Range(0, 24 * 12).Select(h => Start.Plus(Duration.FromHours(h))).ToList();
        var weeks = Enumerable.Range(0, 6).Select(w => zone.AtStartOfDay(firstDay.PlusWeeks(w)).ToInstant()).ToList();
        var queries = new (EmailEventQuery Query, List<Instant> Boundaries)[]
        {
            (new EmailEventQuery { CampaignId = campaignId }, days),
            (new EmailEventQuery { CampaignId = campaignId }, hours),
            (new EmailEventQuery { CampaignId = campaignId }, weeks),
            (new EmailEventQuery { CampaignId = campaignId, From = Start.Plus(Duration.FromHours(30)), To = Start.Plus(Duration.FromDays(9)) }, days),
            (new EmailEventQuery { CampaignId = campaignId, Kinds = [EmailEventKind.Opened, EmailEventKind.Replied] }, days),
            (new EmailEventQuery { CampaignId = campaignId }, [Instant.FromUtc(2000, 1, 1, 0, 0), Instant.FromUtc(2030, 1, 1, 0, 0)]),
        };
        foreach (var (query, boundaries) in queries)
        {
            var actual = await host.InScopeAsync(s => s.EmailEvents.CountByBucketAsync(query, boundaries));
            Assert.Equal(Sorted(Raw(events, query, boundaries)), Sorted(actual));
        }
    }

    // The definition: group the matching events by bucket, kind, step, variant and reply label; count events and distinct messages (events without one count once each).
    private static List<EmailEventBucketCount> Raw(IEnumerable<EmailEvent> events, EmailEventQuery query, List<Instant> boundaries) =>
        [.. events
            .Where(e => e.CampaignId == query.CampaignId
                && (query.Kinds.Count == 0 || query.Kinds.Contains(e.Kind))
                && (query.From is null || e.OccurredAt >= query.From) && (query.To is null || e.OccurredAt < query.To)
                && e.OccurredAt >= boundaries[0] && e.OccurredAt < boundaries[^1])
            .GroupBy(e => (Bucket: Bucket(boundaries, e.OccurredAt), e.Kind, e.StepPosition, e.Variant, Label: e.Kind == EmailEventKind.Replied ? e.Detail : null))
            .Select(g => new EmailEventBucketCount(
                g.Key.Bucket, g.Key.Kind, g.Key.StepPosition, g.Key.Variant, g.Key.Label, g.LongCount(),
                g.Where(e => e.MessageId is not null).Select(e => e.MessageId).Distinct().LongCount() + g.LongCount(e => e.MessageId is null)))];

    private static int Bucket(List<Instant> boundaries, Instant at)
    {
        var index = boundaries.BinarySearch(at);
        return index >= 0 ? index : ~index - 1;
    }

    private static List<EmailEventBucketCount> Sorted(IEnumerable<EmailEventBucketCount> rows) =>
        [.. rows.OrderBy(r => r.Bucket).ThenBy(r => r.Kind).ThenBy(r => r.StepPosition).ThenBy(r => r.Variant, StringComparer.Ordinal).ThenBy(r => r.ReplyLabel, StringComparer.Ordinal)];

    // Events over 12 days around the March DST changes (US 8 March is before, EU 29 March inside), many per message.
    private static List<EmailEvent> RandomEvents(Random random, Id<Campaign> campaignId, List<(Id<EmailMessage> Id, Id<Prospect> Prospect)> messages, List<Id<Prospect>> prospects, int count)
    {
        var kinds = new[] { EmailEventKind.Sent, EmailEventKind.Delivered, EmailEventKind.Opened, EmailEventKind.Opened, EmailEventKind.Clicked, EmailEventKind.Replied, EmailEventKind.Bounced };
        var list = new List<EmailEvent>();
        for (var i = 0; i < count; i++)
        {
            var withMessage = random.Next(10) < 8;
            var message = messages[random.Next(messages.Count)];
            var kind = kinds[random.Next(kinds.Length)];
            var minutes = random.Next(12 * 24 * 60);
            var at = Start.Plus(Duration.FromMinutes(minutes)).Plus(Duration.FromSeconds(random.Next(3) == 0 ? 0 : random.Next(60)));
            var e = ConformanceData.EmailEvent(kind, at, campaignId, withMessage ? message.Prospect : prospects[random.Next(prospects.Count)], messageId: withMessage ? message.Id : null);
            var index = messages.IndexOf(message);
            e.StepPosition = withMessage ? 1 + (index % 3) : (random.Next(2) == 0 ? null : 1);
            e.Variant = withMessage ? (index % 2 == 0 ? "A" : null) : "B";
            e.Detail = kind == EmailEventKind.Replied ? Labels[random.Next(Labels.Length)] : "https://example.com/x";
            list.Add(e);
        }

        return list;
    }

    private static async Task<(Campaign Campaign, List<(Id<EmailMessage> Id, Id<Prospect> Prospect)> Messages, List<Id<Prospect>> Prospects)> SeedAsync(StoreHost host, int messageCount)
    {
        var owner = new UserId("owner-rollup");
        var mailbox = ConformanceData.MailboxAccount(owner);
        var campaign = new Campaign { OwnerId = owner, Name = "Rollup" };
        await host.InScopeAsync(s => s.MailboxAccounts.AddAsync(mailbox));
        await host.InScopeAsync(s => s.Campaigns.AddAsync(campaign));
        var prospects = new List<Id<Prospect>>();
        var messages = new List<(Id<EmailMessage>, Id<Prospect>)>();
        for (var p = 0; p < 3; p++)
        {
            var prospect = ConformanceData.Prospect(owner);
            await host.InScopeAsync(s => s.Prospects.AddAsync(prospect));
            prospects.Add(prospect.Id);
            var thread = ConformanceData.Thread(mailbox.Id, prospect.Id, campaign.Id, messageCount: (messageCount / 3) + 1);
            await host.InScopeAsync(s => s.Threads.AddAsync(thread));
            messages.AddRange(thread.Messages.Select(m => (m.Id, prospect.Id)));
        }

        return (campaign, messages, prospects);
    }

    private static Task<bool> HasRollupAsync(StoreHost host, Id<Campaign> campaignId) =>
        host.WithContextAsync(db => db.Set<CampaignEventRollup>().AnyAsync(r => r.CampaignId == campaignId));
}
