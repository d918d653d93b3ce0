using AutoMeet.Storage;

namespace AutoMeet.Messaging;

/// <summary>Stores e-mail events. Events are appended with <see cref="IEntityStore{TEntity}.AddAsync"/> and never updated.</summary>
public interface IEmailEventStore : IEntityStore<EmailEvent>
{
    /// <summary>Lists events matching a filter, ordered by <see cref="EmailEvent.OccurredAt"/> then id.</summary>
    /// <param name="query">The filter.</param>
    /// <param name="page">The page.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The events of the page.</returns>
    Task<IReadOnlyList<EmailEvent>> ListAsync(EmailEventQuery query, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Counts events matching a filter.</summary>
    /// <param name="query">The filter.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The count.</returns>
    Task<long> CountAsync(EmailEventQuery query, CancellationToken cancellationToken = default);
}
