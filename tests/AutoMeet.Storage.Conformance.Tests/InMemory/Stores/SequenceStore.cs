using AutoMeet.Sequences;

namespace AutoMeet.Storage.Conformance.Tests.InMemory.Stores;

internal sealed class SequenceStore(InMemoryAutoMeetStore session) : InMemoryEntityStore<OutreachSequence>(session), ISequenceStore
{
    public Task<IReadOnlyList<OutreachSequence>> ListByOwnerAsync(UserId ownerId, PageRequest page, CancellationToken cancellationToken = default) =>
        Session.ReadAsync(t => Page(InCreationOrder(t.Sequences.Rows.Where(s => s.OwnerId == ownerId)), page), cancellationToken);

    protected override Table<OutreachSequence> TableOf(InMemoryTables tables) => tables.Sequences;

    protected override void Normalize(OutreachSequence row)
    {
        var ordered = row.Steps.OrderBy(s => s.Position).ToList();
        row.Steps.Clear();
        foreach (var step in ordered)
        {
            step.SequenceId = row.Id;
            row.Steps.Add(step);
        }
    }

    protected override void CheckUnique(InMemoryTables tables, OutreachSequence row)
    {
        Unique(row.Steps.DistinctBy(s => s.Position).Count() != row.Steps.Count, "two steps share a position.");
        var stepIds = row.Steps.Select(s => s.Id).ToHashSet();
        Unique(stepIds.Count != row.Steps.Count, "two steps share an id.");
        Unique(tables.Sequences.Rows.Any(s => s.Id != row.Id && s.Steps.Any(step => stepIds.Contains(step.Id))), "a step id belongs to another sequence.");
    }

    protected override void OnDeleting(InMemoryTables tables, OutreachSequence row)
    {
        if (tables.Enrollments.Rows.Any(e => e.SequenceId == row.Id))
        {
            throw new InvalidOperationException($"Sequence {row.Id} is used by enrollments and cannot be deleted.");
        }
    }
}
