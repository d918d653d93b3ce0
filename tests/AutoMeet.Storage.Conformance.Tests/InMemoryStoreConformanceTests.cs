using AutoMeet.Storage.Conformance.Tests.InMemory;
using Microsoft.Extensions.DependencyInjection;

namespace AutoMeet.Storage.Conformance.Tests;

/// <summary>Runs the store conformance suite against the in-memory reference store.</summary>
public sealed class InMemoryStoreConformanceTests : StoreConformanceTests
{
    /// <inheritdoc/>
    protected override void ConfigureStore(IServiceCollection services) => services.AddInMemoryAutoMeetStore();
}
