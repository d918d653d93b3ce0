using System.Collections.Immutable;
using AutoMeet.Events;

namespace AutoMeet.Storage.Conformance.Tests.InMemory;

/// <summary>Holds the domain-event log in position order; immutable, so table clones share it.</summary>
/// <param name="Items">The events.</param>
internal sealed record DomainEventLog(ImmutableList<DomainEvent> Items)
{
    public static DomainEventLog Empty { get; } = new(ImmutableList<DomainEvent>.Empty);

    /// <summary>Gets the events, like <see cref="Table{T}.Rows"/>.</summary>
    public IEnumerable<DomainEvent> Rows => Items;

    public long LastPosition => Items.Count == 0 ? 0 : Items[^1].Position;

    public DomainEventLog Add(DomainEvent domainEvent) => new(Items.Add(domainEvent));
}
