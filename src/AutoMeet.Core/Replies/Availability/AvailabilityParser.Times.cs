using NodaTime;

namespace AutoMeet.Replies.Availability;

/// <summary>Time phrases: parts of the day, ranges, after/before, points (bare hours: 1–7 pm, 8–11 am), meeting lengths.</summary>
internal sealed partial class AvailabilityParser
{
    private int TryDuration(int i)
    {
        if (tokens[i] == "for" && Peek(i + 1) is "an" or "one" && Peek(i + 2) is "hour" or "hr")
        {
            _length = Period.FromHours(1);
            return 3;
        }

        if (tokens[i] == "half" && Peek(i + 1) == "an" && Peek(i + 2) == "hour")
        {
            _length = Period.FromMinutes(30);
            return 3;
        }

        if (IsNumber(i, out var amount) && amount is > 0 and <= 120 && Peek(i + 1) is "min" or "mins" or "minutes" or "minute" or "hour" or "hours" or "hr" or "hrs" or "h")
        {
            _length = Peek(i + 1).StartsWith('h') ? Period.FromHours(amount) : Period.FromMinutes(amount);
            return 2;
        }

        return 0;
    }

    private int TryTimes(int i)
    {
        var word = tokens[i];
        switch (word)
        {
            case "morning" or "mornings":
                AddTime(new LocalTime(9, 0), new LocalTime(12, 0));
                return 1;
            case "afternoon" or "afternoons":
                AddTime(new LocalTime(13, 0), DayEnd);
                return 1;
            case "after" when Peek(i + 1) == "lunch":
                AddTime(new LocalTime(13, 0), DayEnd);
                return 2;
            case "lunch" or "lunchtime":
                AddTime(new LocalTime(12, 0), new LocalTime(13, 0));
                return 1;
            case "end" when Peek(i + 1) == "of" && Peek(i + 2) == "day":
                AddTime(new LocalTime(16, 0), new LocalTime(18, 0));
                return 3;
            case "eod":
                AddTime(new LocalTime(16, 0), new LocalTime(18, 0));
                return 1;
            case "anytime" or "whenever":
                AddTime(DayStart, DayEnd);
                return 1;
            case "any" when Peek(i + 1) == "time":
                AddTime(DayStart, DayEnd);
                return 2;
            case "all" when Peek(i + 1) == "day":
                AddTime(DayStart, DayEnd);
                return 2;
            case "after" or "from" or "before" or "by" or "between" or "at" or "around" or "until" or "till":
                return TimeWithCue(i, word);
            default:
                break;
        }

        // A time with its own marker ("2pm", "14:30", "noon"), or a bare hour that a marked time follows ("10-11am", "8 or 9 am").
        var used = ReadTime(i, requireMarker: true, out var time, out var explicitMeridiem);
        if (used == 0)
        {
            used = ReadTime(i, requireMarker: false, out time, out explicitMeridiem);
            if (used == 0 || Peek(i + used) is not ("-" or "to" or "or") || ReadTime(i + used + 1, requireMarker: true, out _, out _) == 0)
            {
                return 0;
            }
        }

        return used + RangeOrPoint(i + used, time, explicitMeridiem);
    }

    private int TimeWithCue(int i, string cue)
    {
        var used = ReadTime(i + 1, requireMarker: false, out var time, out var explicitMeridiem);
        if (used == 0)
        {
            return 0;
        }

        var next = i + 1 + used;
        switch (cue)
        {
            case "after":
                AddTime(time, time < DayEnd ? DayEnd : time.PlusMinutes(30));
                return 1 + used;
            case "from" when Peek(next) is "on" or "onward" or "onwards":
                AddTime(time, DayEnd);
                return 2 + used;
            case "before" or "by" or "until" or "till":
                AddTime(time > DayStart ? DayStart : time.PlusHours(-1), time);
                return 1 + used;
            case "between" when Peek(next) == "and":
                var endUsed = ReadTime(next + 1, requireMarker: false, out var end, out _);
                if (endUsed > 0)
                {
                    AddRange(time, end);
                    return 2 + used + endUsed;
                }

                return 1 + used;
            default:
                return 1 + used + RangeOrPoint(next, time, explicitMeridiem);
        }
    }

    // After a first time: "- 11", "to 3pm", "or 3" (another point), else a point.
    private int RangeOrPoint(int next, LocalTime time, bool explicitMeridiem)
    {
        if (Peek(next) is "-" or "to" or "until" or "till")
        {
            var endUsed = ReadTime(next + 1, requireMarker: false, out var end, out var endMeridiem);
            if (endUsed > 0)
            {
                // "10-11am": the second meridiem applies to the first when the first had none.
                var start = !explicitMeridiem && endMeridiem && end.Hour >= 12 && time.Hour < 12 && time.Hour + 12 <= end.Hour ? time.PlusHours(12)
                    : !explicitMeridiem && endMeridiem && end.Hour < 12 && time.Hour >= 12 && time.Hour != 12 ? time.PlusHours(-12) : time;
                AddRange(start, end);
                return 1 + endUsed;
            }
        }

        if (Peek(next) == "or" && ReadTime(next + 1, requireMarker: false, out var other, out var otherMeridiem) is > 0 and var otherUsed)
        {
            // "8 or 9 am": a meridiem on the second applies to the first.
            var first = !explicitMeridiem && otherMeridiem ? AlignMeridiem(time, other) : time;
            AddTime(first, null);
            AddTime(other, null);
            return 1 + otherUsed;
        }

        AddTime(time, null);
        return 0;
    }

    private static LocalTime AlignMeridiem(LocalTime time, LocalTime reference) =>
        reference.Hour < 12 && time.Hour > 12 ? time.PlusHours(-12) : reference.Hour >= 12 && time.Hour < 12 ? time.PlusHours(12) : time;

    private void AddRange(LocalTime start, LocalTime end)
    {
        if (end > start)
        {
            AddTime(start, end);
        }
    }

    // Reads "2", "2pm", "2 pm", "14:30", "2:30pm", "noon"; bare hours follow the 1–7 pm / 8–11 am rule.
    private int ReadTime(int i, bool requireMarker, out LocalTime time, out bool explicitMeridiem)
    {
        time = default;
        explicitMeridiem = false;
        if (Peek(i) is "noon" or "midday")
        {
            time = new LocalTime(12, 0);
            explicitMeridiem = true;
            return 1;
        }

        if (!IsNumber(i, out var hour) || Peek(i).Length > 2 || hour > 23)
        {
            return 0;
        }

        var used = 1;
        var minute = 0;
        var hasMinutes = false;
        if (Peek(i + 1) is ":" or "." && IsNumber(i + 2, out var m) && Peek(i + 2).Length == 2 && m < 60)
        {
            minute = m;
            used = 3;
            hasMinutes = true;
        }

        var meridiem = Peek(i + used);
        if (meridiem is "am" or "pm" or "a" or "p")
        {
            if (hour is 0 or > 12)
            {
                return 0;
            }

            explicitMeridiem = true;
            hour = meridiem.StartsWith('p') ? (hour % 12) + 12 : hour % 12;
            used++;
        }
        else if (Peek(i + used) is "h" or "uhr" or "hrs" or "oclock")
        {
            used++;
            explicitMeridiem = true;
        }
        else if (hasMinutes && hour >= 13)
        {
            explicitMeridiem = true;
        }
        else
        {
            if (requireMarker && !hasMinutes)
            {
                return 0;
            }

            // Bare hours: 1–7 mean pm, 8–11 am, 12 noon.
            if (hour is >= 1 and <= 7)
            {
                hour += 12;
            }
        }

        time = new LocalTime(hour, minute);
        return used;
    }
}
