using NodaTime;

namespace AutoMeet.Sending;

/// <summary>The default <see cref="IHolidayProvider"/>: no holidays.</summary>
internal sealed class NoHolidays : IHolidayProvider
{
    public ValueTask<IReadOnlyDictionary<string, IReadOnlySet<LocalDate>>?> GetHolidaysAsync(UserId ownerId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyDictionary<string, IReadOnlySet<LocalDate>>?>(null);
}
