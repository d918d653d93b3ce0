using AutoMeet.Prospects;
using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Meetings;

/// <summary>Stores meetings. Deleting a meeting deletes its approval requests.</summary>
public interface IMeetingStore : IEntityStore<Meeting>
{
    /// <summary>Lists an owner's meetings in the given statuses that overlap an interval, by start.</summary>
    /// <param name="ownerId">The owner.</param>
    /// <param name="interval">The interval; a meeting overlaps it when it starts before its end and ends after its start.</param>
    /// <param name="statuses">The statuses to keep; empty keeps all.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The meetings.</returns>
    Task<IReadOnlyList<Meeting>> ListOverlappingAsync(UserId ownerId, Interval interval, IReadOnlyCollection<MeetingStatus> statuses, CancellationToken cancellationToken = default);

    /// <summary>Lists a prospect's meetings, by start.</summary>
    /// <param name="prospectId">The prospect.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The meetings.</returns>
    Task<IReadOnlyList<Meeting>> ListByProspectAsync(Id<Prospect> prospectId, CancellationToken cancellationToken = default);
}
