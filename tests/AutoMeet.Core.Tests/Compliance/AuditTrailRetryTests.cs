using AutoMeet.Compliance;
using AutoMeet.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace AutoMeet.Core.Tests.Compliance;

public sealed class AuditTrailRetryTests : IAsyncDisposable
{
    private static readonly UserId Owner = new("owner-1");
    private readonly IAuditLog _log = Substitute.For<IAuditLog>();
    private readonly ServiceProvider _services;
    private readonly AuditTrail _trail;

    public AuditTrailRetryTests()
    {
        var store = Substitute.For<IAutoMeetStore>();
        store.AuditLog.Returns(_log);
        _services = new ServiceCollection().AddScoped(_ => store).BuildServiceProvider();
        _trail = new AuditTrail(_services.GetRequiredService<IServiceScopeFactory>(), new FakeClock(Instant.FromUtc(2026, 11, 2, 8, 0)));
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    [Fact]
    public async Task RecordAsync_SequenceTakenOnce_RereadsAndChainsToTheWinner()
    {
        var winner = new AuditEntry { OwnerId = Owner, Sequence = 1, Hash = new string('c', 64) };
        _log.GetLastAsync(Owner, Arg.Any<CancellationToken>()).Returns(null, winner);
        _log.AppendAsync(Arg.Is<AuditEntry>(e => e.Sequence == 1), Arg.Any<CancellationToken>())
            .ThrowsAsync(new DuplicateEntityException(nameof(AuditEntry), "sequence 1 is taken"));

        var entry = await _trail.RecordAsync(Owner, ActorKind.User, "u", "a", "T", "1");

        Assert.Equal(2, entry.Sequence);
        Assert.Equal(winner.Hash, entry.PreviousHash);
        await _log.Received(2).AppendAsync(Arg.Any<AuditEntry>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task RecordAsync_SequenceAlwaysTaken_ThrowsAuditAppendExceptionAfterBoundedAttempts()
    {
        _log.GetLastAsync(Owner, Arg.Any<CancellationToken>()).Returns((AuditEntry?)null);
        _log.AppendAsync(Arg.Any<AuditEntry>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new DuplicateEntityException(nameof(AuditEntry), "taken"));

        var ex = await Assert.ThrowsAsync<AuditAppendException>(() => _trail.RecordAsync(Owner, ActorKind.User, "u", "a", "T", "1"));

        Assert.IsType<DuplicateEntityException>(ex.InnerException);
        await _log.Received(AuditTrail.MaxAttempts).AppendAsync(Arg.Any<AuditEntry>(), Arg.Any<CancellationToken>());
    }
}
