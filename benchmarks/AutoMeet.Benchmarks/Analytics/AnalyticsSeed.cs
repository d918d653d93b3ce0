using AutoMeet.Campaigns;
using AutoMeet.Messaging;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace AutoMeet.Benchmarks.Analytics;

/// <summary>
/// Bulk-inserts a realistic event mix for one campaign with plain SQL (one prepared statement, one transaction):
/// per message a Sent, most a Delivered, some opens (repeated), clicks, replies with labels, bounces and unsubscribes,
/// over three steps and two variants, spread evenly over the range.
/// </summary>
internal static class AnalyticsSeed
{
    private static readonly string?[] ReplyLabels = ["interested_meeting", "question", "not_interested", "out_of_office", null];

    public static async Task InsertAsync(string path, Id<Campaign> campaignId, Instant from, Duration range, int events)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Foreign Keys=False");
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO email_events (id, kind, occurred_at, campaign_id, prospect_id, enrollment_id, message_id, step_position, variant, detail, created_at, updated_at, version)
            VALUES ($id, $kind, $at, $campaign, NULL, NULL, $message, $step, $variant, $detail, $at, $at, 1)
            """;
        var id = command.Parameters.Add("$id", SqliteType.Text);
        var kind = command.Parameters.Add("$kind", SqliteType.Integer);
        var at = command.Parameters.Add("$at", SqliteType.Integer);
        command.Parameters.AddWithValue("$campaign", campaignId.Value.ToString().ToUpperInvariant());
        var message = command.Parameters.Add("$message", SqliteType.Text);
        var step = command.Parameters.Add("$step", SqliteType.Integer);
        var variant = command.Parameters.Add("$variant", SqliteType.Text);
        var detail = command.Parameters.Add("$detail", SqliteType.Text);
        await command.PrepareAsync();

        var random = new Random(42);
        var start = from.ToUnixTimeTicks();
        var span = range.BclCompatibleTicks;
        var written = 0;
        var m = 0;
        while (written < events)
        {
            m++;
            var messageId = Guid.NewGuid().ToString().ToUpperInvariant();
            var sentAt = start + (long)(random.NextDouble() * (span - TimeSpan.TicksPerDay));
            var (stepPosition, variantName) = (1 + (m % 3), m % 2 == 0 ? "A" : "B");
            foreach (var (k, after, text) in Mix(random))
            {
                if (written == events)
                {
                    break;
                }

                id.Value = Guid.NewGuid().ToString().ToUpperInvariant();
                kind.Value = (int)k;
                at.Value = sentAt + after;
                message.Value = messageId;
                step.Value = stepPosition;
                variant.Value = variantName;
                detail.Value = (object?)text ?? DBNull.Value;
                await command.ExecuteNonQueryAsync();
                written++;
            }
        }

        await transaction.CommitAsync();
    }

    private static IEnumerable<(EmailEventKind Kind, long After, string? Detail)> Mix(Random random)
    {
        yield return (EmailEventKind.Sent, 0, null);
        if (random.Next(100) < 3)
        {
            yield return (EmailEventKind.Bounced, TimeSpan.TicksPerMinute, "550 5.1.1 user unknown");
            yield break;
        }

        yield return (EmailEventKind.Delivered, TimeSpan.TicksPerMinute, null);
        var opens = random.Next(100) < 45 ? random.Next(1, 4) : 0;
        for (var i = 0; i < opens; i++)
        {
            yield return (EmailEventKind.Opened, TimeSpan.TicksPerHour * (1 + (i * 5)), null);
        }

        if (random.Next(100) < 6)
        {
            yield return (EmailEventKind.Clicked, TimeSpan.TicksPerHour * 2, "https://example.com/pricing");
        }

        if (random.Next(100) < 8)
        {
            yield return (EmailEventKind.Replied, TimeSpan.TicksPerHour * 6, ReplyLabels[random.Next(ReplyLabels.Length)]);
        }

        if (random.Next(1000) < 5)
        {
            yield return (EmailEventKind.Unsubscribed, TimeSpan.TicksPerHour * 7, null);
        }
    }
}
