namespace AutoMeet.Storage;

/// <summary>
/// Thrown when an update or delete was based on a version of an entity that another writer has changed since it
/// was read. Reload the entity, re-apply the change and try again.
/// </summary>
public sealed class ConcurrencyConflictException : AutoMeetException
{
    /// <summary>Initializes a new instance of the <see cref="ConcurrencyConflictException"/> class.</summary>
    /// <param name="entityType">The name of the entity type.</param>
    /// <param name="entityId">The identifier of the entity, as text.</param>
    /// <param name="expectedVersion">The version the writer based its change on.</param>
    /// <param name="innerException">The store's own exception, if any.</param>
    public ConcurrencyConflictException(string entityType, string entityId, long expectedVersion, Exception? innerException = null)
        : base($"{entityType} {entityId} was changed by another writer since version {expectedVersion} was read.", innerException)
    {
        EntityType = entityType;
        EntityId = entityId;
        ExpectedVersion = expectedVersion;
    }

    /// <summary>Gets the name of the entity type.</summary>
    public string EntityType { get; }

    /// <summary>Gets the identifier of the entity, as text.</summary>
    public string EntityId { get; }

    /// <summary>Gets the version the failed writer based its change on.</summary>
    public long ExpectedVersion { get; }
}
