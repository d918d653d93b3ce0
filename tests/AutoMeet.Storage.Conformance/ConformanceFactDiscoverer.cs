using System.ComponentModel;
using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace AutoMeet.Storage.Conformance;

/// <summary>Discovers <see cref="ConformanceFactAttribute"/> tests, skipping them when the concrete suite class says so.</summary>
/// <param name="diagnosticMessageSink">The sink for diagnostic messages.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ConformanceFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    /// <inheritdoc/>
    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(discoveryOptions);
        ArgumentNullException.ThrowIfNull(testMethod);
        var suite = testMethod.TestClass.Class.ToRuntimeType();
        var reason = suite?.GetCustomAttributes<ConformanceSkipAttribute>(inherit: true)
            .Select(a => a.SkipReason)
            .FirstOrDefault(r => r is not null);
        return reason is null
            ? base.CreateTestCase(discoveryOptions, testMethod, factAttribute)
            : new XunitSkippedDataRowTestCase(
                DiagnosticMessageSink,
                discoveryOptions.MethodDisplayOrDefault(),
                discoveryOptions.MethodDisplayOptionsOrDefault(),
                testMethod,
                reason);
    }
}
