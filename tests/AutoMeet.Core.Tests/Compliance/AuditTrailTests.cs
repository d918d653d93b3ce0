using AutoMeet.Compliance;
using AutoMeet.Storage;

namespace AutoMeet.Core.Tests.Compliance;

public sealed class AuditTrailTests : IAsyncDisposable
{
    private static readonly UserId Owner = new("owner-1");
    private readonly ComplianceHost _host = new();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private async Task<IReadOnlyList<AuditEntry>> RecordChainAsync(int count)
    {
        var entries = new List<AuditEntry>();
        for (var i = 0; i < count; i++)
        {
            _host.Time.Advance(TimeSpan.FromSeconds(1.2345678));
            entries.Add(await _host.Audit.RecordAsync(Owner, ActorKind.User, "user-7", "campaign.launched", "Campaign", $"c-{i}", i % 2 == 0 ? null : "{\"n\":" + i + "}"));
        }

        return entries;
    }

    private Task TamperAsync(long sequence, Action<AuditEntry> change) => _host.InStoreAsync(async store =>
    {
        var entry = (await store.AuditLog.ListAsync(Owner, sequence, 1)).Single();
        change(entry);
        await ((IEntityStore<AuditEntry>)store.AuditLog).UpdateAsync(entry);
    });

    [Fact]
    public async Task RecordAsync_Chain_AssignsSequencesAndLinksHashes()
    {
        var entries = await RecordChainAsync(3);

        Assert.Equal([1L, 2L, 3L], entries.Select(e => e.Sequence));
        Assert.Equal(string.Empty, entries[0].PreviousHash);
        Assert.Equal(entries[0].Hash, entries[1].PreviousHash);
        Assert.Equal(entries[1].Hash, entries[2].PreviousHash);
        Assert.All(entries, e => Assert.Matches("^[0-9a-f]{64}$", e.Hash));
        Assert.Equal(0, entries[0].OccurredAt.ToUnixTimeTicks() % 10);
    }

    [Fact]
    public async Task VerifyAsync_ChainOfN_IsIntactWithCount()
    {
        await RecordChainAsync(25);

        var result = await _host.Audit.VerifyAsync(Owner);

        Assert.True(result.IsIntact);
        Assert.Equal(25, result.EntryCount);
        Assert.Null(result.BrokenSequence);
    }

    [Fact]
    public async Task VerifyAsync_EmptyChain_IsIntactWithZero()
    {
        var result = await _host.Audit.VerifyAsync(Owner);

        Assert.Equal(AuditChainVerification.Intact(0), result);
    }

    [Fact]
    public async Task VerifyAsync_OtherOwnersChain_IsIndependent()
    {
        await RecordChainAsync(2);
        await _host.Audit.RecordAsync(new UserId("owner-2"), ActorKind.System, "job", "x", "T", "1");

        Assert.Equal(2, (await _host.Audit.VerifyAsync(Owner)).EntryCount);
        Assert.Equal(1, (await _host.Audit.VerifyAsync(new UserId("owner-2"))).EntryCount);
    }

    public static TheoryData<string> Fields() => ["ActorKind", "ActorId", "Action", "EntityType", "EntityId", "Detail", "OccurredAt", "Hash"];

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task VerifyAsync_FieldTampered_ReportsHashMismatchAtThatSequence(string field)
    {
        await RecordChainAsync(6);
        await TamperAsync(4, e =>
        {
            switch (field)
            {
                case "ActorKind": e.ActorKind = ActorKind.AI; break;
                case "ActorId": e.ActorId += "x"; break;
                case "Action": e.Action = "campaign.deleted"; break;
                case "EntityType": e.EntityType = "Prospect"; break;
                case "EntityId": e.EntityId = "c-99"; break;
                case "Detail": e.Detail = e.Detail is null ? string.Empty : null; break;
                case "OccurredAt": e.OccurredAt += NodaTime.Duration.FromTicks(10); break;
                case "Hash": e.Hash = new string('0', 64); break;
            }
        });

        var result = await _host.Audit.VerifyAsync(Owner);

        Assert.Equal(AuditChainFault.HashMismatch, result.Fault);
        Assert.Equal(4, result.BrokenSequence);
        Assert.Equal(3, result.EntryCount);
        Assert.False(result.IsIntact);
    }

    [Fact]
    public async Task VerifyAsync_PreviousHashTampered_ReportsPreviousHashMismatch()
    {
        await RecordChainAsync(5);
        await TamperAsync(2, e => e.PreviousHash = new string('a', 64));

        var result = await _host.Audit.VerifyAsync(Owner);

        Assert.Equal(AuditChainFault.PreviousHashMismatch, result.Fault);
        Assert.Equal(2, result.BrokenSequence);
    }

    [Fact]
    public async Task VerifyAsync_EntryRewrittenWithRecomputedHash_ReportsPreviousHashMismatchAtNext()
    {
        await RecordChainAsync(5);
        await TamperAsync(3, e =>
        {
            e.Action = "forged";
            e.Hash = AuditHasher.Compute(e);
        });

        var result = await _host.Audit.VerifyAsync(Owner);

        Assert.Equal(AuditChainFault.PreviousHashMismatch, result.Fault);
        Assert.Equal(4, result.BrokenSequence);
        Assert.Equal(3, result.EntryCount);
    }

    [Fact]
    public async Task VerifyAsync_EntryDeleted_ReportsGapAtMissingSequence()
    {
        var entries = await RecordChainAsync(5);
        await _host.InStoreAsync(s => ((IEntityStore<AuditEntry>)s.AuditLog).DeleteAsync(entries[2].Id));

        var result = await _host.Audit.VerifyAsync(Owner);

        Assert.Equal(AuditChainFault.SequenceGap, result.Fault);
        Assert.Equal(3, result.BrokenSequence);
        Assert.Equal(2, result.EntryCount);
    }

    [Fact]
    public async Task VerifyAsync_FirstEntryDeleted_ReportsGapAtOne()
    {
        var entries = await RecordChainAsync(3);
        await _host.InStoreAsync(s => ((IEntityStore<AuditEntry>)s.AuditLog).DeleteAsync(entries[0].Id));

        var result = await _host.Audit.VerifyAsync(Owner);

        Assert.Equal(AuditChainFault.SequenceGap, result.Fault);
        Assert.Equal(1, result.BrokenSequence);
    }

    [Fact]
    public async Task VerifyAsync_LongerThanOnePage_IsIntact()
    {
        for (var i = 0; i < 1010; i++)
        {
            await _host.Audit.RecordAsync(Owner, ActorKind.System, "job", "tick", "Job", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var result = await _host.Audit.VerifyAsync(Owner);

        Assert.True(result.IsIntact);
        Assert.Equal(1010, result.EntryCount);
    }

    [Fact]
    public async Task RecordAsync_TenConcurrentAppenders_ProduceGapFreeValidChain()
    {
        var tasks = Enumerable.Range(0, 10).Select(i => Task.Run(() =>
            _host.Audit.RecordAsync(Owner, ActorKind.AI, "model", "draft.created", "Draft", $"d-{i}")));

        var entries = await Task.WhenAll(tasks);

        Assert.Equal(Enumerable.Range(1, 10).Select(i => (long)i), entries.Select(e => e.Sequence).Order());
        var result = await _host.Audit.VerifyAsync(Owner);
        Assert.True(result.IsIntact, result.Reason);
        Assert.Equal(10, result.EntryCount);
    }

    [Theory]
    [InlineData("", "a", "T", "1")]
    [InlineData("u", " ", "T", "1")]
    [InlineData("u", "a", "", "1")]
    [InlineData("u", "a", "T", " ")]
    public async Task RecordAsync_BlankArgument_Throws(string actorId, string action, string entityType, string entityId)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => _host.Audit.RecordAsync(Owner, ActorKind.User, actorId, action, entityType, entityId));
    }
}
