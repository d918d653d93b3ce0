using AutoMeet.Messaging;
using NodaTime;

namespace AutoMeet.Storage.Conformance.Tests.InMemory.Stores;

internal sealed class EmailEventStore(InMemoryAutoMeetStore session) : InMemoryEntityStore<EmailEvent>(session), IEmailEventStore
{
    public Task<IReadOnlyList<EmailEvent>> ListAsync(EmailEventQuery query, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Session.ReadAsync(t => Page(Matching(t, query).OrderBy(e => e.OccurredAt).ThenBy(e => e.Id), page), cancellationToken);
    }

    public Task<long> CountAsync(EmailEventQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Session.ReadAsync(t => Matching(t, query).LongCount(), cancellationToken);
    }

    public Task<IReadOnlyList<EmailEventBucketCount>> CountByBucketAsync(EmailEventQuery query, IReadOnlyList<Instant> boundaries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        IEmailEventStore.ValidateBoundaries(boundaries);
        var starts = boundaries.ToArray();
        return Session.ReadAsync<IReadOnlyList<EmailEventBucketCount>>(
            t => [.. Matching(t, query)
                .Where(e => e.OccurredAt >= starts[0] && e.OccurredAt < starts[^1])
                .GroupBy(e => (Bucket: Bucket(starts, e.OccurredAt), e.Kind, e.StepPosition, e.Variant, Label: e.Kind == EmailEventKind.Replied ? e.Detail : null))
                .Select(g => new EmailEventBucketCount(
                    g.Key.Bucket,
                    g.Key.Kind,
                    g.Key.StepPosition,
                    g.Key.Variant,
                    g.Key.Label,
                    g.LongCount(),
                    g.Where(e => e.MessageId is not null).Select(e => e.MessageId).Distinct().LongCount() + g.LongCount(e => e.MessageId is null)))],
            cancellationToken);
    }

    protected override Table<EmailEvent> TableOf(InMemoryTables tables) => tables.EmailEvents;

    private static IEnumerable<EmailEvent> Matching(InMemoryTables tables, EmailEventQuery query) =>
        tables.EmailEvents.Rows.Where(e =>
            (query.CampaignId is null || e.CampaignId == query.CampaignId)
            && (query.ProspectId is null || e.ProspectId == query.ProspectId)
            && (query.Kinds.Count == 0 || query.Kinds.Contains(e.Kind))
            && (query.From is null || e.OccurredAt >= query.From)
            && (query.To is null || e.OccurredAt < query.To));

    private static int Bucket(Instant[] starts, Instant at)
    {
        var index = Array.BinarySearch(starts, at);
        return index >= 0 ? index : ~index - 1;
    }
}
