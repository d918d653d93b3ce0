namespace AutoMeet.Storage.Conformance;

/// <summary>
/// Decides, for a concrete suite class, whether its conformance tests are skipped. Derive from it, return a reason
/// from <see cref="SkipReason"/> when the store under test cannot run here, and put the attribute on the suite class.
/// </summary>
/// <example>
/// <code>
/// public sealed class NeedsServerAttribute : ConformanceSkipAttribute
/// {
///     public override string? SkipReason =>
///         Environment.GetEnvironmentVariable("MY_STORE") is null ? "MY_STORE is not set." : null;
/// }
///
/// [NeedsServer]
/// public sealed class MyStoreConformanceTests : StoreConformanceTests { ... }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public abstract class ConformanceSkipAttribute : Attribute
{
    /// <summary>Gets why the suite is skipped, or <see langword="null"/> to run it.</summary>
    public abstract string? SkipReason { get; }
}
