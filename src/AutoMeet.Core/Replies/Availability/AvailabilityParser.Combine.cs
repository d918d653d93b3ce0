using NodaTime;

namespace AutoMeet.Replies.Availability;

/// <summary>Combines a sentence's days and times into windows, applies exclusions, and builds the result.</summary>
internal sealed partial class AvailabilityParser
{
    private void FlushSentence()
    {
        _excluding = false;
        _past = false;
        if (_items.Count == 0)
        {
            return;
        }

        var days = _items.OfType<DayItem>().ToList();
        if (days.Count == 0)
        {
            // Times with no day: the days of the previous sentence ("Tuesday works. After 2 ideally."), else unresolvable.
            if (_previousDays.Count == 0)
            {
                _ambiguous |= _items.OfType<TimeItem>().Any(t => !t.Excluded);
                _items.Clear();
                return;
            }

            // The times refine those days: drop the whole-day windows the previous sentence gave them.
            days = _previousDays;
            var refined = days.SelectMany(d => d.Dates).ToHashSet();
            _windows.RemoveAll(w => w.Start == DayStart && w.End == DayEnd && w.Zone is null && refined.Contains(w.Date));
            _items.InsertRange(0, days);
        }

        // Groups: a run of days and the run of times next to it ("Tue or Wed after 2", "Tue 10am, Wed 3pm", "after 2 on Tue").
        var groupDays = new List<DayItem>();
        var groupTimes = new List<TimeItem>();
        var timesFirst = false;
        foreach (var item in _items)
        {
            if (item is DayItem day)
            {
                if (groupTimes.Count > 0 && !timesFirst)
                {
                    Emit(groupDays, groupTimes);
                    groupDays = [];
                    groupTimes = [];
                }

                groupDays.Add(day);
            }
            else if (item is TimeItem time)
            {
                if (groupDays.Count == 0)
                {
                    timesFirst = true;
                }
                else if (timesFirst && groupTimes.Count > 0)
                {
                    Emit(groupDays, groupTimes);
                    groupDays = [];
                    groupTimes = [];
                    timesFirst = false;
                }

                groupTimes.Add(time);
            }
        }

        Emit(groupDays, groupTimes);
        _previousDays = days.Where(d => !d.Excluded).ToList();
        _items.Clear();
    }

    private void Emit(List<DayItem> days, List<TimeItem> times)
    {
        foreach (var day in days)
        {
            var dayTimes = times.Where(t => t.Excluded == day.Excluded || !day.Excluded).ToList();
            foreach (var date in day.Dates)
            {
                if (day.Excluded)
                {
                    var excludedTimes = times.Where(t => t.Excluded).ToList();
                    if (excludedTimes.Count == 0)
                    {
                        _exclusions.Add((date, LocalTime.Midnight, LocalTime.MaxValue));
                    }

                    foreach (var time in excludedTimes)
                    {
                        _exclusions.Add((date, time.Start, time.End ?? time.Start + _length));
                    }

                    continue;
                }

                var included = dayTimes.Where(t => !t.Excluded).ToList();

                // "tomorrow morning at 9", "Friday, anytime after 10": a stated time inside a wider one replaces it.
                included.RemoveAll(wide => included.Any(narrow => !ReferenceEquals(narrow, wide) && wide.End is { } wideEnd
                    && narrow.Start >= wide.Start && (narrow.End ?? narrow.Start) <= wideEnd && (narrow.Start != wide.Start || narrow.End != wide.End)));
                if (included.Count == 0)
                {
                    _windows.Add((date, DayStart, DayEnd, null));
                }

                foreach (var time in included)
                {
                    _windows.Add((date, time.Start, time.End ?? LocalTime.MaxValue, time.Zone));
                }

                // "Monday, not in the morning": excluded times on an included day (when no day of the group is excluded).
                foreach (var time in days.Any(d => d.Excluded) ? [] : times.Where(t => t.Excluded))
                {
                    _exclusions.Add((date, time.Start, time.End ?? time.Start + _length));
                }
            }
        }
    }

    private ExtractedAvailability Build()
    {
        var windows = new List<OfferedWindow>();
        var seen = new HashSet<Instant>();
        foreach (var (date, start, rawEnd, timeZone) in _windows)
        {
            var zone = timeZone ?? _zone ?? input.ProspectZone;
            var end = rawEnd == LocalTime.MaxValue ? start + _length : rawEnd;
            foreach (var (from, to) in Subtract(date, start, end))
            {
                var startLocal = date + from;
                var endLocal = date + to;
                var startInstant = startLocal.InZoneLeniently(zone).ToInstant();
                if (endLocal <= input.ReceivedLocal && zone == input.ProspectZone)
                {
                    continue; // already past
                }

                // The same time stated twice in two zones ("11am PT / 2pm ET") is one window, listed in the first zone.
                if (!seen.Add(startInstant))
                {
                    continue;
                }

                windows.Add(new OfferedWindow(startLocal, endLocal, (timeZone ?? _zone ?? input.ProspectZone).Id));
            }
        }

        if (windows.Count > 0 && !_ambiguous)
        {
            return new ExtractedAvailability(AvailabilityKind.Windows, windows);
        }

        return _ambiguous ? ExtractedAvailability.Unresolvable : ExtractedAvailability.Nothing;
    }

    private List<(LocalTime From, LocalTime To)> Subtract(LocalDate date, LocalTime start, LocalTime end)
    {
        var pieces = new List<(LocalTime From, LocalTime To)> { (start, end) };
        foreach (var (excludedDate, from, to) in _exclusions.Where(e => e.Date == date))
        {
            pieces = pieces.SelectMany(p => p.To <= from || p.From >= to
                ? [p]
                : new[] { (p.From, from), (to, p.To) }.Where(q => q.Item2 > q.Item1)).ToList();
            _ = excludedDate;
        }

        return pieces;
    }
}
