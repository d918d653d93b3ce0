using NodaTime;

namespace AutoMeet.Sending;

/// <summary>
/// Supplies the public holidays the scheduler skips, per ISO country code, for a campaign's owner. The default
/// supplies none; a host registers its own (from a holiday API, a file, the CRM's settings).
/// </summary>
public interface IHolidayProvider
{
    /// <summary>Gets the holidays to skip for an owner's campaigns.</summary>
    /// <param name="ownerId">The campaign's owner.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Holidays per ISO country code (case-insensitive), or <see langword="null"/> for none.</returns>
    ValueTask<IReadOnlyDictionary<string, IReadOnlySet<LocalDate>>?> GetHolidaysAsync(UserId ownerId, CancellationToken cancellationToken = default);
}
