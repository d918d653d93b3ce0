using AutoMeet.Messaging;

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

    protected override Table<EmailEvent> TableOf(InMemoryTables tables) => tables.EmailEvents;

    private static IEnumerable<EmailEvent> Matching(InMemoryTables tables, EmailEventQuery query) =>
        tables.EmailEvents.Rows.Where(e =>
            (query.CampaignId is null || e.CampaignId == query.CampaignId)
            && (query.ProspectId is null || e.ProspectId == query.ProspectId)
            && (query.Kinds.Count == 0 || query.Kinds.Contains(e.Kind))
            && (query.From is null || e.OccurredAt >= query.From)
            && (query.To is null || e.OccurredAt < query.To));
}
