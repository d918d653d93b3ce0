using AutoMeet.Messaging;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace AutoMeet.Storage.EFCore.Stores;

internal sealed class EmailEventStore(StoreSession session) : EntityStore<EmailEvent>(session), IEmailEventStore
{
    public override Task AddAsync(EmailEvent entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return AddRangeAsync([entity], cancellationToken);
    }

    /// <summary>Adds the events and, in the same transaction, updates the hourly rollup of their campaigns.</summary>
    public override async Task AddRangeAsync(IReadOnlyCollection<EmailEvent> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        if (!entities.Any(e => e?.CampaignId is not null))
        {
            await base.AddRangeAsync(entities, cancellationToken).ConfigureAwait(false);
            return;
        }

        await Session.InTransactionAsync(
            async token =>
            {
                var changes = await EventRollupWriter.PlanAsync(Db, entities, token).ConfigureAwait(false);
                await base.AddRangeAsync(entities, token).ConfigureAwait(false);
                await EventRollupWriter.ApplyAsync(Db, changes, token).ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
    }

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

    public async Task<IReadOnlyList<EmailEventBucketCount>> CountByBucketAsync(EmailEventQuery query, IReadOnlyList<Instant> boundaries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        IEmailEventStore.ValidateBoundaries(boundaries);
        if (await EventRollupReader.TryCountAsync(Db, query, boundaries, cancellationToken).ConfigureAwait(false) is { } rolledUp)
        {
            return rolledUp;
        }

        var first = boundaries[0];
        var last = boundaries[^1];
        var rows = Filter(query)
            .Where(e => e.OccurredAt >= first && e.OccurredAt < last)
            .Select(BucketRows.Projection(boundaries));
        var groups = await rows
            .GroupBy(r => new { r.Bucket, r.Kind, r.StepPosition, r.Variant, r.ReplyLabel })
            .Select(g => new
            {
                g.Key.Bucket,
                g.Key.Kind,
                g.Key.StepPosition,
                g.Key.Variant,
                g.Key.ReplyLabel,
                Events = g.LongCount(),
                Linked = g.Where(r => r.MessageId != null).Select(r => r.MessageId).Distinct().LongCount(),
                Unlinked = g.LongCount(r => r.MessageId == null),
            })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return [.. groups.Select(g => new EmailEventBucketCount(g.Bucket, g.Kind, g.StepPosition, g.Variant, g.ReplyLabel, g.Events, g.Linked + g.Unlinked))];
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
