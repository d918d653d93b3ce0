namespace AutoMeet.Samples.Tests.Infrastructure;

/// <summary>
/// A fact that needs PostgreSQL (env <c>AUTOMEET_TEST_POSTGRES</c>). Skipped when the variable is unset, except
/// on CI (<c>CI=true</c>), where the test runs and fails with a clear message instead.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresTestDatabase.AdminConnectionString is null && !PostgresTestDatabase.IsCi)
        {
            Skip = $"Set {PostgresTestDatabase.EnvironmentVariable} to run the PostgreSQL tests.";
        }
    }
}
