namespace AutoMeet.Storage;

/// <summary>Prepares a store for use: creates or upgrades its schema. Hosts call it once at start-up.</summary>
/// <remarks>Safe to call more than once and from several processes; a store that is already current is left as it is.</remarks>
public interface IAutoMeetStoreInitializer
{
    /// <summary>Creates or upgrades the store's schema.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the store is ready.</returns>
    Task InitializeAsync(CancellationToken cancellationToken = default);
}
