using AutoMeet.Messaging;
using Microsoft.EntityFrameworkCore;

namespace AutoMeet.Storage.EFCore.Stores;

internal sealed class EmailEventStore(StoreSession session) : EntityStore<EmailEvent>(session), IEmailEventStore
{
    public Task<IReadOnlyList<EmailEvent>> ListAsync(EmailEventQuery query, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ListAsync(Page(Filter(query).OrderBy(e => e.OccurredAt).ThenBy(e => e.Id), page), cancellationToken);
    }

    public Task<long> CountAsync(EmailEventQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Filter(query).LongCountAsync(cancellationToken);
    }

    private IQueryable<EmailEvent> Filter(EmailEventQuery query)
    {
        var events = Query;
        if (query.CampaignId is { } campaignId)
        {
            events = events.Where(e => e.CampaignId == campaignId);
        }

        if (query.ProspectId is { } prospectId)
        {
            events = events.Where(e => e.ProspectId == prospectId);
        }

        if (query.Kinds.Count > 0)
        {
            var kinds = query.Kinds.ToList();
            events = events.Where(e => kinds.Contains(e.Kind));
        }

        if (query.From is { } from)
        {
            events = events.Where(e => e.OccurredAt >= from);
        }

        if (query.To is { } to)
        {
            events = events.Where(e => e.OccurredAt < to);
        }

        return events;
    }
}
