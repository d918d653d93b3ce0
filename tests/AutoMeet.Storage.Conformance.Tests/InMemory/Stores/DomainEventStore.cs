using AutoMeet.Events;

namespace AutoMeet.Storage.Conformance.Tests.InMemory.Stores;

/// <summary>
/// Keeps the domain-event log. Writes hold the database gate (transactions hold it until commit), so positions are
/// handed out in commit order by construction.
/// </summary>
internal sealed class DomainEventStore(InMemoryAutoMeetStore session) : IDomainEventStore
{
    public async Task AppendAsync(DomainEvent domainEvent, CancellationToken cancellationToken = default)
    {
        IDomainEventStore.Validate(domainEvent);
        var row = EntityCopy.Of(domainEvent);
        var position = await session.WriteAsync(
            t =>
            {
                row.Position = t.DomainEvents.LastPosition + 1;
                t.DomainEvents = t.DomainEvents.Add(row);
                return row.Position;
            },
            cancellationToken);
        domainEvent.Position = position;
        session.DomainEventAppended(position);
    }

    public Task<IReadOnlyList<DomainEvent>> ListAfterAsync(long afterPosition, DomainEventFilter? filter, int maxItems, CancellationToken cancellationToken = default)
    {
        IDomainEventStore.ValidateList(afterPosition, maxItems);
        return session.ReadAsync(
            t => EntityCopy.All(t.DomainEvents.Items.Where(e => e.Position > afterPosition && (filter is null || filter.Matches(e))).Take(maxItems)),
            cancellationToken);
    }

    public Task<long> GetLastPositionAsync(CancellationToken cancellationToken = default) =>
        session.ReadAsync(t => t.DomainEvents.LastPosition, cancellationToken);

    public Task<int> DeleteBeforeAsync(NodaTime.Instant occurredBefore, int maxItems, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxItems);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxItems, Work.LeaseClaim.MaxBatch);
        return session.WriteAsync(
            t =>
            {
                // A prefix of the log, never the newest event (see the port).
                var items = t.DomainEvents.Items;
                var count = 0;
                while (count < maxItems && count < items.Count - 1 && items[count].OccurredAt < occurredBefore)
                {
                    count++;
                }

                t.DomainEvents = t.DomainEvents with { Items = items.RemoveRange(0, count) };
                return count;
            },
            cancellationToken);
    }

    public Task<int> AnonymizeProspectAsync(UserId ownerId, Id<Prospects.Prospect> prospectId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerId.Value, nameof(ownerId));
        return session.WriteAsync(
            t =>
            {
                var items = t.DomainEvents.Items.ToBuilder();
                var count = 0;
                for (var i = 0; i < items.Count; i++)
                {
                    if (items[i].OwnerId == ownerId && items[i].ProspectId == prospectId)
                    {
                        var copy = EntityCopy.Of(items[i]);
                        copy.ProspectId = null;
                        copy.Payload = null;
                        copy.EntityId = IDomainEventStore.ErasedEntityId;
                        items[i] = copy;
                        count++;
                    }
                }

                t.DomainEvents = t.DomainEvents with { Items = items.ToImmutable() };
                return count;
            },
            cancellationToken);
    }
}
