using Xunit;
using Xunit.Sdk;

namespace AutoMeet.Storage.Conformance;

/// <summary>
/// Marks a conformance test. It behaves like <see cref="FactAttribute"/>, except that a concrete suite class carrying a
/// <see cref="ConformanceSkipAttribute"/> with a reason has all its conformance tests reported as skipped (for example
/// a suite that needs a database server that is not configured on this machine).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
[XunitTestCaseDiscoverer("AutoMeet.Storage.Conformance.ConformanceFactDiscoverer", "AutoMeet.Storage.Conformance")]
public sealed class ConformanceFactAttribute : FactAttribute
{
}
