namespace AutoMeet.Benchmarks.Storage;

/// <summary>The baseline: the same claim and completion as the EF store, written by hand for SQLite.</summary>
internal static class PlainSql
{
    public const string Claim = """
        UPDATE work_items
        SET lease_owner = 'bench', lease_expires_at = $expires, attempts = attempts + 1, version = version + 1, updated_at = $now
        WHERE id IN (
            SELECT id FROM work_items
            WHERE completed_at IS NULL AND due_at <= $now AND (lease_expires_at IS NULL OR lease_expires_at <= $now) AND kind = 'bench'
            ORDER BY due_at
            LIMIT $n)
        RETURNING id
        """;

    public const string Complete = """
        UPDATE work_items
        SET completed_at = $now, lease_owner = NULL, lease_expires_at = NULL, version = version + 1, updated_at = $now
        WHERE id = $id AND lease_owner = 'bench' AND lease_expires_at > $now
        """;
}
