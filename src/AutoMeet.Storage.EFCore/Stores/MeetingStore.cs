using AutoMeet.Meetings;
using AutoMeet.Prospects;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace AutoMeet.Storage.EFCore.Stores;

internal sealed class MeetingStore(StoreSession session) : EntityStore<Meeting>(session), IMeetingStore
{
    public Task<IReadOnlyList<Meeting>> ListOverlappingAsync(UserId ownerId, Interval interval, IReadOnlyCollection<MeetingStatus> statuses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var query = Query.Where(m => m.OwnerId == ownerId);
        if (interval.HasEnd)
        {
            var end = interval.End;
            query = query.Where(m => m.Start < end);
        }

        if (interval.HasStart)
        {
            var start = interval.Start;
            query = query.Where(m => m.End > start);
        }

        if (statuses.Count > 0)
        {
            var kept = statuses.ToList();
            query = query.Where(m => kept.Contains(m.Status));
        }

        return ListAsync(query.OrderBy(m => m.Start).ThenBy(m => m.Id), cancellationToken);
    }

    public Task<IReadOnlyList<Meeting>> ListByProspectAsync(Id<Prospect> prospectId, CancellationToken cancellationToken = default) =>
        ListAsync(Query.Where(m => m.ProspectId == prospectId).OrderBy(m => m.Start).ThenBy(m => m.Id), cancellationToken);

    public Task<IReadOnlyList<Meeting>> ListExpiredHoldsAsync(Instant now, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync(
            Page(
                Query.Where(m => (m.Status == MeetingStatus.Proposed || m.Status == MeetingStatus.AwaitingApproval) && m.HoldExpiresAt != null && m.HoldExpiresAt < now)
                    .OrderBy(m => m.HoldExpiresAt).ThenBy(m => m.Id),
                page),
            cancellationToken);

    public Task<IReadOnlyList<Meeting>> ListByStatusStartingWithinAsync(MeetingStatus status, Interval startsWithin, PageRequest page, CancellationToken cancellationToken = default)
    {
        var query = Query.Where(m => m.Status == status);
        if (startsWithin.HasStart)
        {
            var start = startsWithin.Start;
            query = query.Where(m => m.Start >= start);
        }

        if (startsWithin.HasEnd)
        {
            var end = startsWithin.End;
            query = query.Where(m => m.Start < end);
        }

        return ListAsync(Page(query.OrderBy(m => m.Start).ThenBy(m => m.Id), page), cancellationToken);
    }
}
