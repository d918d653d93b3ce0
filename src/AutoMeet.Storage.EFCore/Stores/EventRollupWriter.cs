using AutoMeet.Messaging;
using AutoMeet.Storage.EFCore.Model;
using AutoMeet.Storage.EFCore.Model.Rollups;
using Microsoft.EntityFrameworkCore;

namespace AutoMeet.Storage.EFCore.Stores;

/// <summary>
/// Keeps the hourly rollup (<see cref="EmailEventHourCount"/>) in step with event inserts, in the inserting transaction.
/// For each message group touched (message, kind, step, variant, reply label) it reads the group's stored event hours,
/// and adds the difference between the (hour, previous hour) pairs of the group with and without the new events, so
/// events arriving out of order are exact too. Campaigns whose rollup is stale (no <see cref="CampaignEventRollup"/>
/// row) are skipped; the update of that row also serialises concurrent inserts of one campaign on PostgreSQL.
/// </summary>
internal static class EventRollupWriter
{
    /// <summary>Locks the campaigns' rollups and computes the changes; call before the events are saved.</summary>
    public static async Task<Dictionary<RollupKey, long>> PlanAsync(AutoMeetDbContext db, IReadOnlyCollection<EmailEvent> events, CancellationToken cancellationToken)
    {
        var changes = new Dictionary<RollupKey, long>();
        foreach (var campaign in events.Where(e => e?.CampaignId is not null).GroupBy(e => e.CampaignId!.Value))
        {
            var campaignId = campaign.Key;
            var added = campaign.LongCount();
            var current = await db.Set<CampaignEventRollup>()
                .Where(r => r.CampaignId == campaignId)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Events, r => r.Events + added), cancellationToken)
                .ConfigureAwait(false);
            if (current == 0)
            {
                continue;
            }

            foreach (var group in campaign.GroupBy(e => (e.MessageId, e.Kind, e.StepPosition, e.Variant, Label: LabelOf(e))))
            {
                var (messageId, kind, step, variant, label) = group.Key;
                if (messageId is not { } message)
                {
                    foreach (var e in group)
                    {
                        Add(changes, new RollupKey(campaignId, RollupHours.Of(e.OccurredAt), kind, step, variant, label, null), 1);
                    }

                    continue;
                }

                var stored = db.Set<EmailEvent>().AsNoTracking().Where(e =>
                    e.CampaignId == campaignId && e.MessageId == message && e.Kind == kind && e.StepPosition == step && e.Variant == variant);
                if (kind == EmailEventKind.Replied)
                {
                    stored = stored.Where(e => e.Detail == label);
                }

                var before = (await stored.Select(e => e.OccurredAt).ToListAsync(cancellationToken).ConfigureAwait(false))
                    .Select(RollupHours.Of).Order().ToList();
                var after = before.Concat(group.Select(e => RollupHours.Of(e.OccurredAt))).Order().ToList();
                AddPairs(changes, campaignId, kind, step, variant, label, before, -1);
                AddPairs(changes, campaignId, kind, step, variant, label, after, +1);
            }
        }

        return changes;
    }

    /// <summary>Applies the changes; call after the events are saved, in the same transaction.</summary>
    public static async Task ApplyAsync(AutoMeetDbContext db, Dictionary<RollupKey, long> changes, CancellationToken cancellationToken)
    {
        var inserted = false;
        foreach (var (key, delta) in changes)
        {
            if (delta == 0)
            {
                continue;
            }

            var rows = db.Set<EmailEventHourCount>().Where(r =>
                r.CampaignId == key.CampaignId && r.Hour == key.Hour && r.Kind == key.Kind && r.StepPosition == key.StepPosition
                && r.Variant == key.Variant && r.ReplyLabel == key.ReplyLabel && r.PreviousHour == key.PreviousHour);
            var id = await rows.OrderBy(r => r.Id).Select(r => (long?)r.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (id is { } rowId)
            {
                await db.Set<EmailEventHourCount>().Where(r => r.Id == rowId)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.Events, r => r.Events + delta), cancellationToken)
                    .ConfigureAwait(false);
            }
            else
            {
                db.Add(new EmailEventHourCount
                {
                    CampaignId = key.CampaignId,
                    Hour = key.Hour,
                    Kind = key.Kind,
                    StepPosition = key.StepPosition,
                    Variant = key.Variant,
                    ReplyLabel = key.ReplyLabel,
                    PreviousHour = key.PreviousHour,
                    Events = delta,
                });
                inserted = true;
            }
        }

        if (inserted)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Gets the reply label an event is grouped by: its detail for replies, nothing for other kinds.</summary>
    public static string? LabelOf(EmailEvent e) => e.Kind == EmailEventKind.Replied ? e.Detail : null;

    private static void AddPairs(Dictionary<RollupKey, long> changes, Id<Campaigns.Campaign> campaignId, EmailEventKind kind, int? step, string? variant, string? label, List<long> hours, long sign)
    {
        for (var i = 0; i < hours.Count; i++)
        {
            Add(changes, new RollupKey(campaignId, hours[i], kind, step, variant, label, i == 0 ? null : hours[i - 1]), sign);
        }
    }

    private static void Add(Dictionary<RollupKey, long> changes, RollupKey key, long delta) =>
        changes[key] = changes.GetValueOrDefault(key) + delta;
}
