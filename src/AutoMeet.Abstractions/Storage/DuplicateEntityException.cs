namespace AutoMeet.Storage;

/// <summary>
/// Thrown when an add would break a uniqueness rule of the store (the same id, or for example the same prospect
/// e-mail address twice for one owner). Nothing of the failed operation was written.
/// </summary>
public sealed class DuplicateEntityException : AutoMeetException
{
    /// <summary>Initializes a new instance of the <see cref="DuplicateEntityException"/> class.</summary>
    /// <param name="entityType">The name of the entity type.</param>
    /// <param name="message">Which rule was broken.</param>
    /// <param name="innerException">The store's own exception, if any.</param>
    public DuplicateEntityException(string entityType, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        EntityType = entityType;
    }

    /// <summary>Gets the name of the entity type.</summary>
    public string EntityType { get; }
}
