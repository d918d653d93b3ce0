namespace AutoMeet.Storage.EFCore.Tests.Infrastructure;

/// <summary>Reads the PostgreSQL test server from <c>AUTOMEET_TEST_POSTGRES</c>.</summary>
internal static class PostgresTestSettings
{
    public const string Variable = "AUTOMEET_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Gets the skip reason for PostgreSQL tests: none when configured, and none on CI (where they must fail instead).</summary>
    public static string? SkipReason => ConnectionString is null && !IsCi
        ? $"PostgreSQL tests need {Variable} (an Npgsql connection string of a role that may CREATE DATABASE)."
        : null;

    public static string RequireConnectionString() => ConnectionString
        ?? throw new InvalidOperationException(
            $"{Variable} is not set. PostgreSQL tests need an Npgsql connection string of a role that may CREATE DATABASE, for example " +
            "'Host=127.0.0.1;Port=5432;Database=automeet_test;Username=automeet;Password=automeet'." +
            (IsCi ? " On CI (CI=true) the PostgreSQL tests fail rather than skip." : " Or exclude them with --filter \"Category!=PostgreSql\"."));
}
