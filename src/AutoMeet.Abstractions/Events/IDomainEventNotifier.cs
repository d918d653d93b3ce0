namespace AutoMeet.Events;

/// <summary>
/// Is told by the store when domain events have been committed, so that in-process subscribers wake at once instead of
/// waiting for their next poll. AutoMeet.Core registers one; stores resolve it optionally.
/// </summary>
public interface IDomainEventNotifier
{
    /// <summary>Signals that events up to <paramref name="lastPosition"/> are committed and readable.</summary>
    /// <param name="lastPosition">The highest position just committed.</param>
    /// <remarks>Called after commit, never inside a transaction; must be fast and must not throw.</remarks>
    void Committed(long lastPosition);
}
