using AutoMeet.Storage;

namespace AutoMeet.Sequences;

/// <summary>Stores sequences with their steps. Deleting a sequence deletes its steps; a sequence used by an enrollment cannot be deleted.</summary>
public interface ISequenceStore : IEntityStore<OutreachSequence>
{
    /// <summary>Lists an owner's sequences with their steps, oldest first.</summary>
    /// <param name="ownerId">The owner.</param>
    /// <param name="page">The page.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The sequences of the page.</returns>
    Task<IReadOnlyList<OutreachSequence>> ListByOwnerAsync(UserId ownerId, PageRequest page, CancellationToken cancellationToken = default);
}
