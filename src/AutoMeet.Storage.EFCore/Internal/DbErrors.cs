using Microsoft.Data.Sqlite;
using Npgsql;

namespace AutoMeet.Storage.EFCore.Internal;

/// <summary>Classifies provider exceptions into the few outcomes the store maps to AutoMeet exceptions.</summary>
internal static class DbErrors
{
    // SQLite extended result codes (https://sqlite.org/rescode.html).
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintForeignKey = 787;
    private const int SqliteConstraint = 19;

    public static bool IsUniqueViolation(Exception exception) => Find(exception) switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint
            && sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    public static bool IsForeignKeyViolation(Exception exception) => Find(exception) switch
    {
        // A RESTRICT action may report the primary code only, so the message is checked as well.
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint
            && (sqlite.SqliteExtendedErrorCode == SqliteConstraintForeignKey || sqlite.Message.Contains("FOREIGN KEY", StringComparison.Ordinal)),
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.ForeignKeyViolation,
        _ => false,
    };

    private static Exception? Find(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is SqliteException or PostgresException)
            {
                return current;
            }
        }

        return null;
    }
}
