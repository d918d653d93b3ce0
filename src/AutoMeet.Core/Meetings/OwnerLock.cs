using AutoMeet.Scheduling;
using AutoMeet.Storage;

namespace AutoMeet.Meetings;

/// <summary>
/// Serialises the slot decisions of one owner: inside a transaction, the owner's calendar settings row is written
/// (its version moves on), so a second transaction deciding for the same owner waits for the first to commit and
/// then fails with <see cref="ConcurrencyConflictException"/> and starts again on fresh data. Between owners nothing
/// is serialised.
/// </summary>
internal static class OwnerLock
{
    /// <exception cref="KeyNotFoundException">The owner has no calendar settings.</exception>
    public static async Task<CalendarSettings> AcquireAsync(IAutoMeetStore store, UserId ownerId, CancellationToken cancellationToken)
    {
        var settings = await store.CalendarSettings.FindByOwnerAsync(ownerId, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"Owner '{ownerId}' has no calendar settings; meetings cannot be proposed or booked without them.");
        await store.CalendarSettings.UpdateAsync(settings, cancellationToken).ConfigureAwait(false);
        return settings;
    }
}
