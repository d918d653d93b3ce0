using AutoMeet.Campaigns;
using AutoMeet.Messaging;
using AutoMeet.Storage.EFCore.Model;
using AutoMeet.Storage.EFCore.Model.Rollups;
using Microsoft.EntityFrameworkCore;

namespace AutoMeet.Storage.EFCore.Stores;

/// <summary>
/// Rebuilds the hourly rollup of campaigns that have none (created before the rollup existed, written with plain SQL,
/// or made stale by a deleted or changed event): one <c>INSERT … SELECT</c> per campaign, with <c>LAG</c> over each
/// message group giving the previous event's hour, in one transaction with the campaign's
/// <see cref="CampaignEventRollup"/> row.
/// </summary>
internal static class EventRollupRebuilder
{
    private const string SqliteHour = "(occurred_at / 36000000000 - (CASE WHEN occurred_at < 0 AND occurred_at % 36000000000 <> 0 THEN 1 ELSE 0 END))";
    private const string PostgreSqlHour = "CAST(floor(extract(epoch FROM occurred_at) / 3600) AS bigint)";

    /// <summary>Rebuilds every stale campaign; returns how many were rebuilt.</summary>
    public static async Task<int> RebuildStaleAsync(AutoMeetDbContext db, CancellationToken cancellationToken)
    {
        var stale = await db.Set<Campaign>().AsNoTracking()
            .Where(c => !db.Set<CampaignEventRollup>().Any(r => r.CampaignId == c.Id))
            .Select(c => c.Id)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        foreach (var campaignId in stale)
        {
            await RebuildAsync(db, campaignId, cancellationToken).ConfigureAwait(false);
        }

        return stale.Count;
    }

    /// <summary>Rebuilds one campaign's rollup.</summary>
    public static async Task RebuildAsync(AutoMeetDbContext db, Id<Campaign> campaignId, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(
            async token =>
            {
                var transaction = await db.Database.BeginTransactionAsync(token).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    await db.Set<CampaignEventRollup>().Where(r => r.CampaignId == campaignId).ExecuteDeleteAsync(token).ConfigureAwait(false);
                    await db.Set<EmailEventHourCount>().Where(r => r.CampaignId == campaignId).ExecuteDeleteAsync(token).ConfigureAwait(false);
                    var events = await db.Set<EmailEvent>().LongCountAsync(e => e.CampaignId == campaignId, token).ConfigureAwait(false);
                    db.Add(new CampaignEventRollup { CampaignId = campaignId, Events = events });
                    await db.SaveChangesAsync(token).ConfigureAwait(false);
                    db.ChangeTracker.Clear();
                    var hour = db.Provider == StoreProvider.Sqlite ? SqliteHour : PostgreSqlHour;
                    var sql = $$"""
                        INSERT INTO email_event_hour_counts (campaign_id, hour, kind, step_position, variant, reply_label, previous_hour, events)
                        SELECT campaign_id, hour, kind, step_position, variant, reply_label, previous_hour, COUNT(*)
                        FROM (
                            SELECT campaign_id, hour, kind, step_position, variant, reply_label,
                                   CASE WHEN message_id IS NULL THEN NULL
                                        ELSE LAG(hour) OVER (PARTITION BY message_id, kind, step_position, variant, reply_label ORDER BY occurred_at) END AS previous_hour
                            FROM (
                                SELECT campaign_id, {{hour}} AS hour, occurred_at, kind, step_position, variant, message_id,
                                       CASE WHEN kind = {{(int)EmailEventKind.Replied}} THEN detail END AS reply_label
                                FROM email_events
                                WHERE campaign_id = {0}) AS e) AS p
                        GROUP BY campaign_id, hour, kind, step_position, variant, reply_label, previous_hour
                        """;
                    await db.Database.ExecuteSqlRawAsync(sql, [campaignId.Value], token).ConfigureAwait(false);
                    await transaction.CommitAsync(token).ConfigureAwait(false);
                }
            },
            cancellationToken).ConfigureAwait(false);
    }
}
