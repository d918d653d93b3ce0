using AutoMeet.Storage;

namespace AutoMeet.Scheduling;

/// <summary>Stores calendar settings with their availability rules (one settings record per owner). Deleting settings deletes their rules.</summary>
public interface ICalendarSettingsStore : IEntityStore<CalendarSettings>
{
    /// <summary>Finds an owner's settings with their rules.</summary>
    /// <param name="ownerId">The owner.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The settings, or <see langword="null"/>.</returns>
    Task<CalendarSettings?> FindByOwnerAsync(UserId ownerId, CancellationToken cancellationToken = default);
}
