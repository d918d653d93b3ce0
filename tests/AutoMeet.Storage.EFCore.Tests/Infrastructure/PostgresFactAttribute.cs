namespace AutoMeet.Storage.EFCore.Tests.Infrastructure;

/// <summary>
/// A fact that needs PostgreSQL: skipped when <c>AUTOMEET_TEST_POSTGRES</c> is unset, except on CI (<c>CI=true</c>),
/// where it runs and fails with a clear message.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        Skip = PostgresTestSettings.SkipReason;
    }
}
