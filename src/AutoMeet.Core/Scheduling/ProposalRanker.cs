using NodaTime;

namespace AutoMeet.Scheduling;

/// <summary>
/// Chooses the K slots to offer a prospect, deterministically: one per prospect-local day, earlier days first, the
/// earliest slot of each day inside the prospect's business hours; then, if that gives fewer than K, days outside
/// business hours; then further slots on days already used. Chosen slots never overlap or touch (no back-to-back
/// offers). The result is ordered by start.
/// </summary>
public static class ProposalRanker
{
    /// <summary>Chooses the slots to offer.</summary>
    /// <param name="slots">The bookable slots, by start (as <see cref="IAvailabilityEngine.GetSlots"/> returns them).</param>
    /// <param name="preferences">The prospect's zone, K and business hours.</param>
    /// <returns>At most <see cref="ProposalPreferences.Count"/> slots, by start.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative.</exception>
    public static IReadOnlyList<AvailableSlot> Choose(IReadOnlyList<AvailableSlot> slots, ProposalPreferences preferences)
    {
        ArgumentNullException.ThrowIfNull(slots);
        ArgumentNullException.ThrowIfNull(preferences);
        ArgumentNullException.ThrowIfNull(preferences.ProspectZone);
        ArgumentOutOfRangeException.ThrowIfNegative(preferences.Count);
        var ordered = slots.OrderBy(static s => s.Start).ThenBy(static s => s.End).ToArray();
        var chosen = new List<AvailableSlot>(preferences.Count);
        var days = new HashSet<LocalDate>();
        Pick(ordered, preferences, chosen, days, businessOnly: true, newDayOnly: true);
        Pick(ordered, preferences, chosen, days, businessOnly: false, newDayOnly: true);
        Pick(ordered, preferences, chosen, days, businessOnly: false, newDayOnly: false);
        chosen.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    /// <summary>Returns whether a slot lies inside the prospect's business hours on a business day.</summary>
    /// <param name="slot">The slot.</param>
    /// <param name="preferences">The preferences.</param>
    /// <returns><see langword="true"/> if it does.</returns>
    public static bool IsInBusinessHours(AvailableSlot slot, ProposalPreferences preferences)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        var start = slot.Start.InZone(preferences.ProspectZone).LocalDateTime;
        var end = slot.End.InZone(preferences.ProspectZone).LocalDateTime;
        return (preferences.BusinessDays & RecurringHours.ToDay(start.DayOfWeek)) != 0
            && start.TimeOfDay >= preferences.BusinessStart
            && end.Date == start.Date
            && end.TimeOfDay <= preferences.BusinessEnd;
    }

    private static void Pick(AvailableSlot[] ordered, ProposalPreferences preferences, List<AvailableSlot> chosen, HashSet<LocalDate> days, bool businessOnly, bool newDayOnly)
    {
        foreach (var slot in ordered)
        {
            if (chosen.Count >= preferences.Count)
            {
                return;
            }

            var day = slot.Start.InZone(preferences.ProspectZone).Date;
            if ((newDayOnly && days.Contains(day))
                || (businessOnly && !IsInBusinessHours(slot, preferences))
                || chosen.Exists(c => c.Start <= slot.End && slot.Start <= c.End))
            {
                continue;
            }

            chosen.Add(slot);
            days.Add(day);
        }
    }
}
