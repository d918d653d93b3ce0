using AutoMeet.Meetings;
using AutoMeet.Prospects;
using NodaTime;

namespace AutoMeet.Storage.Conformance.Tests.InMemory.Stores;

internal sealed class MeetingStore(InMemoryAutoMeetStore session) : InMemoryEntityStore<Meeting>(session), IMeetingStore
{
    public Task<IReadOnlyList<Meeting>> ListOverlappingAsync(UserId ownerId, Interval interval, IReadOnlyCollection<MeetingStatus> statuses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        return Session.ReadAsync(
            t => EntityCopy.All(t.Meetings.Rows
                .Where(m => m.OwnerId == ownerId && m.Start < interval.End && m.End > interval.Start)
                .Where(m => statuses.Count == 0 || statuses.Contains(m.Status))
                .OrderBy(m => m.Start)
                .ThenBy(m => m.Id)),
            cancellationToken);
    }

    public Task<IReadOnlyList<Meeting>> ListByProspectAsync(Id<Prospect> prospectId, CancellationToken cancellationToken = default) =>
        Session.ReadAsync(t => EntityCopy.All(t.Meetings.Rows.Where(m => m.ProspectId == prospectId).OrderBy(m => m.Start).ThenBy(m => m.Id)), cancellationToken);

    public Task<IReadOnlyList<Meeting>> ListExpiredHoldsAsync(Instant now, PageRequest page, CancellationToken cancellationToken = default) =>
        Session.ReadAsync(
            t => Page(
                t.Meetings.Rows
                    .Where(m => m.Status is MeetingStatus.Proposed or MeetingStatus.AwaitingApproval && m.HoldExpiresAt is { } expires && expires < now)
                    .OrderBy(m => m.HoldExpiresAt).ThenBy(m => m.Id),
                page),
            cancellationToken);

    public Task<IReadOnlyList<Meeting>> ListByStatusStartingWithinAsync(MeetingStatus status, Interval startsWithin, PageRequest page, CancellationToken cancellationToken = default) =>
        Session.ReadAsync(
            t => Page(
                t.Meetings.Rows
                    .Where(m => m.Status == status && (!startsWithin.HasStart || m.Start >= startsWithin.Start) && (!startsWithin.HasEnd || m.Start < startsWithin.End))
                    .OrderBy(m => m.Start).ThenBy(m => m.Id),
                page),
            cancellationToken);

    protected override Table<Meeting> TableOf(InMemoryTables tables) => tables.Meetings;

    protected override void OnDeleting(InMemoryTables tables, Meeting row) => tables.Approvals.RemoveWhere(a => a.MeetingId == row.Id);
}
