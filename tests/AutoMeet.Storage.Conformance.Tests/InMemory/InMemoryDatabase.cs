namespace AutoMeet.Storage.Conformance.Tests.InMemory;

/// <summary>
/// Holds the committed tables of the in-memory store and the gate that serializes access to them.
/// </summary>
/// <remarks>
/// Every write runs on a copy of the tables and replaces them only when it completes, so a write is all or nothing.
/// Tables hold private copies of entities, which are never changed in place once stored.
/// </remarks>
internal sealed class InMemoryDatabase : IDisposable
{
    /// <summary>Gets the gate a unit of work holds while it reads or writes the tables (for a transaction, throughout).</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>Gets or sets the committed tables; replace only while holding <see cref="Gate"/>.</summary>
    public InMemoryTables Tables { get; set; } = new();

    /// <inheritdoc/>
    public void Dispose() => Gate.Dispose();
}
