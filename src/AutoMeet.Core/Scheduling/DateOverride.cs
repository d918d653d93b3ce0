using NodaTime;

namespace AutoMeet.Scheduling;

/// <summary>
/// Represents the working ranges of one local date in the owner's zone; it replaces the recurring ranges for that
/// date both ways (an empty list is a day off or holiday; ranges can open a day that is normally off).
/// </summary>
/// <param name="Date">The local date.</param>
/// <param name="Ranges">The ranges of that date; empty means no working time.</param>
public sealed record DateOverride(LocalDate Date, IReadOnlyList<WorkingRange> Ranges);
