using Microsoft.Extensions.Logging;

namespace AutoMeet.Storage.EFCore.Internal;

/// <summary>Source-generated log messages of the Entity Framework Core store (event ids 3000–3999).</summary>
internal static partial class StoreLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Applied {Count} migration(s) to the {Provider} store.")]
    public static partial void MigrationsApplied(ILogger logger, int count, StoreProvider provider);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "The {Provider} store schema is up to date.")]
    public static partial void SchemaUpToDate(ILogger logger, StoreProvider provider);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Migrations are disabled (MigrateOnInitialize = false); the {Provider} store schema was not checked.")]
    public static partial void MigrationsSkipped(ILogger logger, StoreProvider provider);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Debug, Message = "Created the folder of the SQLite database file.")]
    public static partial void SqliteFolderCreated(ILogger logger);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Debug, Message = "Claimed {Count} {WorkType} item(s) for lease owner {LeaseOwner}.")]
    public static partial void WorkClaimed(ILogger logger, int count, string workType, string leaseOwner);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Debug, Message = "Lease operation {Operation} on {WorkType} {Id} by {LeaseOwner} did not apply: the lease is not held.")]
    public static partial void LeaseNotHeld(ILogger logger, string operation, string workType, Guid id, string leaseOwner);

    [LoggerMessage(EventId = 3020, Level = LogLevel.Debug, Message = "Concurrency conflict updating {EntityType} {Id} at version {Version}.")]
    public static partial void ConcurrencyConflict(ILogger logger, string entityType, Guid id, long version);

    [LoggerMessage(EventId = 3021, Level = LogLevel.Debug, Message = "Unique constraint violated adding {EntityType}.")]
    public static partial void DuplicateRejected(ILogger logger, string entityType);

    [LoggerMessage(EventId = 3030, Level = LogLevel.Debug, Message = "Stored a calendar sync of account {AccountId}: {EventCount} event(s), full re-sync {IsFullResync}.")]
    public static partial void CalendarSyncStored(ILogger logger, Guid accountId, int eventCount, bool isFullResync);
}
