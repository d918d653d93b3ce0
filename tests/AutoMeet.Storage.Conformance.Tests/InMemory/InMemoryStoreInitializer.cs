namespace AutoMeet.Storage.Conformance.Tests.InMemory;

/// <summary>Initializes the in-memory store: there is no schema, so there is nothing to do.</summary>
internal sealed class InMemoryStoreInitializer : IAutoMeetStoreInitializer
{
    /// <inheritdoc/>
    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
}
