using System.Collections;
using System.Text.Json;
using AutoMeet.Compliance;
using AutoMeet.Core.Tests.Compliance;
using AutoMeet.Privacy;
using AutoMeet.Storage;
using AutoMeet.Storage.Conformance.Tests.InMemory;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace AutoMeet.Core.Tests.Privacy;

public sealed class PersonDataServiceTests : IAsyncDisposable
{
    private static readonly JsonSerializerOptions DumpOptions = new JsonSerializerOptions().ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
    private readonly ComplianceHost _host = new();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private IPersonDataService Service => _host.Services.GetRequiredService<IPersonDataService>();

    private Instant Now => Instant.FromDateTimeOffset(_host.Time.GetUtcNow());

    [Fact]
    public async Task EraseAsync_InMemoryStoreRoundTrip_NothingRemainsButTheSuppressionHash() =>
        await PersonDataRoundTrip.RunAsync(_host.Services, Now, DumpInMemoryTablesAsync);

    [Fact]
    public async Task ExportAsync_UnknownPerson_ReturnsNotFound()
    {
        var result = await Service.ExportAsync(PersonDataScenario.Owner, "nobody@nowhere.example");

        Assert.Equal(PersonExportStatus.NotFound, result.Status);
        Assert.Null(result.Archive);
    }

    [Fact]
    public async Task EraseAsync_UnknownPerson_ReturnsNotFoundAndChangesNothing()
    {
        var result = await Service.EraseAsync(PersonDataScenario.Owner, "nobody@nowhere.example", "owner-privacy");

        Assert.Equal(PersonErasureStatus.NotFound, result.Status);
        Assert.Empty(await _host.InStoreAsync(s => s.Suppressions.ListByOwnerAsync(PersonDataScenario.Owner, PageRequest.First)));
        Assert.Equal(0, (await _host.Audit.VerifyAsync(PersonDataScenario.Owner)).EntryCount);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-an-address")]
    [InlineData("a b@example.com")]
    public async Task ExportAsync_MalformedAddress_ThrowsArgumentException(string address) =>
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Service.ExportAsync(PersonDataScenario.Owner, address));

    [Fact]
    public async Task EraseAsync_BlankActor_ThrowsArgumentException() =>
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Service.EraseAsync(PersonDataScenario.Owner, PersonDataScenario.AdaAddress, " "));

    [Fact]
    public async Task EraseAsync_CrashAfterStoreStepBeforeAudit_RetryRecordsTheAuditEntry()
    {
        // The state a crash between the transaction and the audit leaves: only the hash, and no audit entry.
        var hash = _host.Suppression.HashAddress(PersonDataScenario.Owner, PersonDataScenario.AdaAddress);
        await _host.InStoreAsync(s => s.Suppressions.AddIfAbsentAsync(new SuppressionEntry
        {
            OwnerId = PersonDataScenario.Owner, Kind = SuppressionKind.AddressHash, Value = hash, Reason = SuppressionReason.Erased, Source = "erasure",
        }));

        var result = await Service.EraseAsync(PersonDataScenario.Owner, PersonDataScenario.AdaAddress, "owner-privacy");

        Assert.Equal(PersonErasureStatus.AlreadyErased, result.Status);
        var entry = Assert.Single(await _host.InStoreAsync(s => s.AuditLog.ListForEntityAsync("Person", hash)));
        Assert.Equal("privacy.erased", entry.Action);
        Assert.Equal("owner-privacy", entry.ActorId);
    }

    [Fact]
    public async Task EraseAsync_Cancelled_LeavesEverythingInPlace()
    {
        var scenario = new PersonDataScenario();
        await _host.InStoreAsync(s => scenario.SeedAsync(s, Now));
        var before = await DumpInMemoryTablesAsync();

        // A cancelled token fails the first write inside the transaction; nothing may be half done.
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Service.EraseAsync(PersonDataScenario.Owner, PersonDataScenario.AdaAddress, "owner-privacy", cancelled.Token));

        Assert.Equal(before.Order(StringComparer.Ordinal), (await DumpInMemoryTablesAsync()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ExportAsync_SuppressedOnlyAddress_ExportsTheEntry()
    {
        await _host.Suppression.SuppressAsync(PersonDataScenario.Owner, "Carol@Example.org", SuppressionReason.Unsubscribed, "api");

        var result = await Service.ExportAsync(PersonDataScenario.Owner, "carol@example.org");

        Assert.Equal(PersonExportStatus.Exported, result.Status);
        Assert.Equal(1, result.Archive!.Counts[PersonDataSections.Suppressions]);
        Assert.Equal(0, result.Archive.Counts[PersonDataSections.Prospects]);
    }

    /// <summary>Every row of every table of the in-memory store, as "Table|json".</summary>
    private Task<IReadOnlyList<string>> DumpInMemoryTablesAsync()
    {
        var tables = _host.Services.GetRequiredService<InMemoryDatabase>().Tables;
        var rows = new List<string>();
        foreach (var property in typeof(InMemoryTables).GetProperties())
        {
            var table = property.GetValue(tables)!;
            var all = (IEnumerable)table.GetType().GetProperty("Rows")!.GetValue(table)!;
            rows.AddRange(all.Cast<object>().Select(row => $"{property.Name}|{JsonSerializer.Serialize(row, row.GetType(), DumpOptions)}"));
        }

        Assert.True(typeof(InMemoryTables).GetProperties().Length >= 19, "every table is scanned");
        return Task.FromResult<IReadOnlyList<string>>(rows);
    }
}
