using System.Data.Common;
using AutoMeet.Accounts;
using AutoMeet.Campaigns;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Sending;
using AutoMeet.Sequences;
using AutoMeet.Storage;
using AutoMeet.Storage.EFCore;
using AutoMeet.Work;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Npgsql;

namespace AutoMeet.Benchmarks.Storage;

/// <summary>
/// Claims a batch of due outbox rows (one per mailbox) and records each as sent (row marked sent + a Sent event, in
/// one transaction per row) through the EF Core store, beside the same statements written by hand on the same
/// database (the baseline). SQLite always; PostgreSQL when <c>AUTOMEET_BENCH_POSTGRES</c> holds a connection string
/// to a server where the role may create databases.
/// </summary>
[MemoryDiagnoser]
public class OutboxClaimRecordBenchmarks
{
    private const int Mailboxes = 50;
    private static readonly UserId Owner = new("bench-owner");
    private readonly List<Enrollment> _enrollments = [];
    private readonly List<MailboxAccount> _mailboxes = [];
    private ServiceProvider _services = null!;
    private string _connectionString = null!;
    private string? _cleanup;
    private Campaign _campaign = null!;
    private int _step;

    /// <summary>Gets or sets the database.</summary>
    [ParamsSource(nameof(Providers))]
    public StoreProvider Provider { get; set; }

    /// <summary>Gets the databases available: SQLite, and PostgreSQL when configured.</summary>
    public static IEnumerable<StoreProvider> Providers =>
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("AUTOMEET_BENCH_POSTGRES"))
            ? [StoreProvider.Sqlite]
            : [StoreProvider.Sqlite, StoreProvider.PostgreSql];

    [GlobalSetup]
    public async Task Setup()
    {
        if (Provider == StoreProvider.Sqlite)
        {
            _cleanup = Path.Combine(Path.GetTempPath(), $"automeet-outbox-bench-{Guid.NewGuid():N}.db");
            _connectionString = $"Data Source={_cleanup}";
        }
        else
        {
            var server = Environment.GetEnvironmentVariable("AUTOMEET_BENCH_POSTGRES")!;
            var name = $"automeet_bench_{Guid.NewGuid():N}";
            await using (var admin = new NpgsqlConnection(server))
            {
                await admin.OpenAsync();
                await using var create = admin.CreateCommand();
                create.CommandText = $"CREATE DATABASE \"{name}\"";
                await create.ExecuteNonQueryAsync();
            }

            _cleanup = name;
            _connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        }

        var services = new ServiceCollection();
        services.AddAutoMeet().AddEntityFrameworkStore(o =>
        {
            o.Provider = Provider;
            o.ConnectionString = _connectionString;
        });
        _services = services.BuildServiceProvider();
        await _services.GetRequiredService<IAutoMeetStoreInitializer>().InitializeAsync();

        await using var scope = _services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
        _mailboxes.AddRange(Enumerable.Range(0, Mailboxes).Select(i => new MailboxAccount { OwnerId = Owner, EmailAddress = $"s{i}@bench.example", Status = AccountStatus.Connected }));
        var sequence = new OutreachSequence { OwnerId = Owner, Name = "bench" };
        _campaign = new Campaign { OwnerId = Owner, Name = "bench", Status = CampaignStatus.Active, SequenceId = sequence.Id };
        var prospects = Enumerable.Range(0, Mailboxes).Select(i => new Prospect { OwnerId = Owner, Email = $"p{i}@bench.example" }).ToList();
        _enrollments.AddRange(prospects.Select(p => new Enrollment { CampaignId = _campaign.Id, ProspectId = p.Id, SequenceId = sequence.Id }));
        await store.MailboxAccounts.AddRangeAsync(_mailboxes);
        await store.Sequences.AddAsync(sequence);
        await store.Campaigns.AddAsync(_campaign);
        await store.Prospects.AddRangeAsync(prospects);
        await store.Enrollments.AddRangeAsync(_enrollments);
    }

    /// <summary>Plans one due row per mailbox (each iteration a new step of every enrollment).</summary>
    [IterationSetup]
    public void Plan()
    {
        using var scope = _services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
        var now = SystemClock.Instance.GetCurrentInstant();
        var step = ++_step;
        var rows = _enrollments.Select((e, i) => new OutboxMessage
        {
            OwnerId = Owner,
            CampaignId = _campaign.Id,
            EnrollmentId = e.Id,
            ProspectId = e.ProspectId,
            StepPosition = step,
            MailboxAccountId = _mailboxes[i].Id,
            RfcMessageId = MessageIds.New(_mailboxes[i].EmailAddress),
            DueAt = now - Duration.FromMinutes(1),
        }).ToList();
        store.Outbox.AddRangeAsync(rows).GetAwaiter().GetResult();
    }

    [Benchmark(Description = "EF store: claim 50 + record each")]
    public async Task<int> StoreClaimAndRecord()
    {
        await using var scope = _services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
        var claimed = await store.Outbox.ClaimDueAsync(new LeaseClaim("bench", Mailboxes, Duration.FromMinutes(5), [OutboxMessage.SendKind]));
        foreach (var row in claimed)
        {
            await store.ExecuteInTransactionAsync(async token =>
            {
                var now = SystemClock.Instance.GetCurrentInstant();
                await store.Outbox.MarkSentAsync(row.Id, "bench", new SentEmail("p-" + row.RfcMessageId, "t", row.RfcMessageId, now), token);
                await store.EmailEvents.AddAsync(new EmailEvent { Kind = EmailEventKind.Sent, OccurredAt = now, StepPosition = row.StepPosition }, token);
                return true;
            });
        }

        return claimed.Count;
    }

    [Benchmark(Baseline = true, Description = "plain SQL: claim 50 + record each")]
    public async Task<int> PlainSqlClaimAndRecord()
    {
        await using var connection = Provider == StoreProvider.Sqlite ? (DbConnection)new SqliteConnection(_connectionString) : new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        var now = SystemClock.Instance.GetCurrentInstant();
        var ids = new List<object>(Mailboxes);
        await using (var claimTransaction = await connection.BeginTransactionAsync())
        {
            if (Provider == StoreProvider.PostgreSql)
            {
                await Execute(connection, claimTransaction, OutboxPlainSql.PostgresLock);
            }

            await using var claim = Command(connection, claimTransaction, Provider == StoreProvider.Sqlite ? OutboxPlainSql.SqliteClaim : OutboxPlainSql.PostgresClaim);
            Add(claim, "now", Value(now));
            Add(claim, "expires", Value(now + Duration.FromMinutes(5)));
            Add(claim, "n", Mailboxes);
            await using (var reader = await claim.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    ids.Add(reader.GetValue(0));
                }
            }

            await claimTransaction.CommitAsync();
        }

        foreach (var id in ids)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using (var mark = Command(connection, transaction, OutboxPlainSql.MarkSent))
            {
                Add(mark, "id", id);
                Add(mark, "now", Value(now));
                Add(mark, "provider", "p-" + id);
                await mark.ExecuteNonQueryAsync();
            }

            await using (var insert = Command(connection, transaction, OutboxPlainSql.InsertEvent))
            {
                Add(insert, "event", Provider == StoreProvider.Sqlite ? Guid.CreateVersion7().ToString().ToUpperInvariant() : Guid.CreateVersion7());
                Add(insert, "now", Value(now));
                await insert.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
        }

        return ids.Count;
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _services.DisposeAsync();
        if (Provider == StoreProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            File.Delete(_cleanup!);
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(Environment.GetEnvironmentVariable("AUTOMEET_BENCH_POSTGRES"));
        await admin.OpenAsync();
        await using var drop = admin.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{_cleanup}\" WITH (FORCE)";
        await drop.ExecuteNonQueryAsync();
    }

    private object Value(Instant instant) => Provider == StoreProvider.Sqlite ? instant.ToUnixTimeTicks() : instant.ToDateTimeUtc();

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static async Task Execute(DbConnection connection, DbTransaction transaction, string sql)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync();
    }
}
