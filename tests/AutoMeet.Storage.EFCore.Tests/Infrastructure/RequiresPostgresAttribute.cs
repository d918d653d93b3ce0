using AutoMeet.Storage.Conformance;

namespace AutoMeet.Storage.EFCore.Tests.Infrastructure;

/// <summary>
/// Skips a conformance suite that needs PostgreSQL when <c>AUTOMEET_TEST_POSTGRES</c> is unset, except on CI
/// (<c>CI=true</c>), where the suite runs and fails with a clear message instead.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class RequiresPostgresAttribute : ConformanceSkipAttribute
{
    public override string? SkipReason => PostgresTestSettings.SkipReason;
}
