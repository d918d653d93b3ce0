using System.Text.Json;
using AutoMeet.Scheduling;
using NodaTime;
using NodaTime.Text;

namespace AutoMeet.Meetings;

/// <summary>Chooses which slots to offer: inside the prospect's windows, ranked, or nearest to a wanted time.</summary>
internal static class MeetingSlots
{
    /// <summary>Reads a decision's offered windows (an array of <c>{"start","end"}</c> ISO instants); garbage yields none.</summary>
    public static IReadOnlyList<Interval> ParseWindows(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return [];
            }

            var windows = new List<Interval>();
            foreach (var element in document.RootElement.EnumerateArray())
            {
                if (element.ValueKind == JsonValueKind.Object
                    && element.TryGetProperty("start", out var start) && start.ValueKind == JsonValueKind.String
                    && element.TryGetProperty("end", out var end) && end.ValueKind == JsonValueKind.String
                    && InstantPattern.ExtendedIso.Parse(start.GetString()!) is { Success: true } s
                    && InstantPattern.ExtendedIso.Parse(end.GetString()!) is { Success: true } e
                    && e.Value > s.Value)
                {
                    windows.Add(new Interval(s.Value, e.Value));
                }
            }

            return windows;
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>The slots that lie entirely inside one of the windows, by start.</summary>
    public static IReadOnlyList<AvailableSlot> Inside(IReadOnlyList<AvailableSlot> slots, IReadOnlyList<Interval> windows) =>
        [.. slots.Where(s => windows.Any(w => s.Start >= w.Start && s.End <= w.End)).OrderBy(s => s.Start)];

    /// <summary>Up to <paramref name="count"/> slots nearest to any of the anchors, never overlapping each other, by start.</summary>
    public static IReadOnlyList<AvailableSlot> Nearest(IReadOnlyList<AvailableSlot> slots, IReadOnlyList<Interval> anchors, int count)
    {
        var chosen = new List<AvailableSlot>(count);
        foreach (var slot in slots.OrderBy(s => Distance(s, anchors)).ThenBy(s => s.Start))
        {
            if (chosen.Count >= count)
            {
                break;
            }

            if (!chosen.Exists(c => c.Start < slot.End && slot.Start < c.End))
            {
                chosen.Add(slot);
            }
        }

        chosen.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    /// <summary>The offer for a proposal whose first slot is held: the held slot first, then up to count-1 others that do not overlap it, by start.</summary>
    public static IReadOnlyList<AvailableSlot> WithHeldFirst(AvailableSlot held, IReadOnlyList<AvailableSlot> others, int count)
    {
        var list = new List<AvailableSlot> { held };
        foreach (var slot in others)
        {
            if (list.Count >= count)
            {
                break;
            }

            if (!list.Exists(c => c.Start < slot.End && slot.Start < c.End))
            {
                list.Add(slot);
            }
        }

        return list;
    }

    private static Duration Distance(AvailableSlot slot, IReadOnlyList<Interval> anchors)
    {
        var best = Duration.MaxValue;
        foreach (var anchor in anchors)
        {
            var d = slot.End <= anchor.Start ? anchor.Start - slot.End : slot.Start >= anchor.End ? slot.Start - anchor.End : Duration.Zero;
            if (d < best)
            {
                best = d;
            }
        }

        return best;
    }
}
