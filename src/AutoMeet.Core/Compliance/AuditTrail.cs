using AutoMeet.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace AutoMeet.Compliance;

/// <summary>
/// The default <see cref="IAuditTrail"/> over <see cref="IAuditLog"/>: optimistic appends (read the newest entry, chain
/// to it, append; on a taken sequence start again in a fresh unit of work) and a paged verification walk.
/// </summary>
internal sealed class AuditTrail : IAuditTrail
{
    internal const int MaxAttempts = 32;
    private const int PageSize = 500;

    private readonly IServiceScopeFactory _scopes;
    private readonly IClock _clock;
    private readonly ILogger _logger;

    public AuditTrail(IServiceScopeFactory scopes, IClock clock, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(clock);
        _scopes = scopes;
        _clock = clock;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<AuditTrail>();
    }

    public async Task<AuditEntry> RecordAsync(
        UserId ownerId,
        ActorKind actorKind,
        string actorId,
        string action,
        string entityType,
        string entityId,
        string? detailJson = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerId.Value, nameof(ownerId));
        ArgumentException.ThrowIfNullOrWhiteSpace(actorId);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        ArgumentException.ThrowIfNullOrWhiteSpace(entityId);

        DuplicateEntityException? last = null;
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // A fresh unit of work per attempt: a store whose append failed may still track the rejected entry.
            var scope = _scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var log = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>().AuditLog;
                var previous = await log.GetLastAsync(ownerId, cancellationToken).ConfigureAwait(false);
                var entry = new AuditEntry
                {
                    OwnerId = ownerId,
                    Sequence = (previous?.Sequence ?? 0) + 1,
                    OccurredAt = AuditHasher.ToStoredPrecision(_clock.GetCurrentInstant()),
                    ActorKind = actorKind,
                    ActorId = actorId,
                    Action = action,
                    EntityType = entityType,
                    EntityId = entityId,
                    Detail = detailJson,
                    PreviousHash = previous?.Hash ?? string.Empty,
                };
                entry.Hash = AuditHasher.Compute(entry);
                try
                {
                    await log.AppendAsync(entry, cancellationToken).ConfigureAwait(false);
                    return entry;
                }
                catch (DuplicateEntityException ex)
                {
                    last = ex;
                    ComplianceLog.AuditAppendConflict(_logger, ownerId.Value, entry.Sequence, attempt);
                }
            }
        }

        throw new AuditAppendException(
            $"The audit entry '{action}' for owner '{ownerId}' could not be appended: other writers took the next sequence {MaxAttempts} times in a row.",
            last);
    }

    public async Task<AuditChainVerification> VerifyAsync(UserId ownerId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerId.Value, nameof(ownerId));
        var scope = _scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var log = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>().AuditLog;
            var expected = 1L;
            var previousHash = string.Empty;
            while (true)
            {
                var page = await log.ListAsync(ownerId, expected, PageSize, cancellationToken).ConfigureAwait(false);
                foreach (var entry in page)
                {
                    var broken = Check(entry, expected, previousHash);
                    if (broken is not null)
                    {
                        ComplianceLog.AuditChainBroken(_logger, ownerId.Value, broken.BrokenSequence!.Value, broken.Fault);
                        return broken;
                    }

                    previousHash = entry.Hash;
                    expected++;
                }

                if (page.Count < PageSize)
                {
                    return AuditChainVerification.Intact(expected - 1);
                }
            }
        }
    }

    private static AuditChainVerification? Check(AuditEntry entry, long expected, string previousHash)
    {
        var verified = expected - 1;
        if (entry.Sequence != expected)
        {
            return AuditChainVerification.Broken(AuditChainFault.SequenceGap, verified, expected, $"sequence {expected} is missing; the next entry has sequence {entry.Sequence}.");
        }

        if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
        {
            return AuditChainVerification.Broken(AuditChainFault.PreviousHashMismatch, verified, expected, $"entry {expected} does not link to the hash of entry {expected - 1}.");
        }

        if (!string.Equals(entry.Hash, AuditHasher.Compute(entry), StringComparison.Ordinal))
        {
            return AuditChainVerification.Broken(AuditChainFault.HashMismatch, verified, expected, $"the content of entry {expected} does not match its hash.");
        }

        return null;
    }
}
