namespace AutoMeet.Benchmarks.Storage;

/// <summary>The baseline: the outbox claim (one row per mailbox, none while one is in flight) and the send record, written by hand.</summary>
internal static class OutboxPlainSql
{
    private const string Ranked = """
        SELECT id FROM (
            SELECT id, due_at, ROW_NUMBER() OVER (PARTITION BY mailbox_account_id ORDER BY due_at, id) AS rank
            FROM outbox_messages AS c
            WHERE c.completed_at IS NULL AND c.due_at <= @now AND (c.lease_expires_at IS NULL OR c.lease_expires_at <= @now) AND c.kind = 'email.send'
              AND NOT EXISTS (SELECT 1 FROM outbox_messages AS l WHERE l.mailbox_account_id = c.mailbox_account_id AND l.completed_at IS NULL AND l.lease_expires_at > @now)
        ) AS ranked WHERE rank = 1 ORDER BY due_at, id LIMIT @n
        """;

    public const string SqliteClaim = $"""
        UPDATE outbox_messages
        SET lease_owner = 'bench', lease_expires_at = @expires, attempts = attempts + 1, version = version + 1, updated_at = @now
        WHERE id IN ({Ranked})
        RETURNING id
        """;

    public const string PostgresLock = "SELECT pg_advisory_xact_lock(4705504413576482648)";

    public const string PostgresClaim = $"""
        WITH due AS ({Ranked})
        UPDATE outbox_messages AS w
        SET lease_owner = 'bench', lease_expires_at = @expires, attempts = attempts + 1, version = version + 1, updated_at = @now
        FROM due WHERE w.id = due.id
        RETURNING w.id
        """;

    public const string MarkSent = """
        UPDATE outbox_messages
        SET status = 1, sent_at = @now, provider_message_id = @provider, provider_thread_id = @provider, sent_rfc_message_id = @provider,
            last_error = NULL, completed_at = @now, lease_owner = NULL, lease_expires_at = NULL, version = version + 1, updated_at = @now
        WHERE id = @id AND lease_owner = 'bench' AND lease_expires_at > @now AND completed_at IS NULL
        """;

    public const string InsertEvent = """
        INSERT INTO email_events (id, kind, occurred_at, campaign_id, prospect_id, enrollment_id, message_id, step_position, variant, detail, created_at, updated_at, version)
        VALUES (@event, 0, @now, NULL, NULL, NULL, NULL, 0, NULL, NULL, @now, @now, 1)
        """;
}
