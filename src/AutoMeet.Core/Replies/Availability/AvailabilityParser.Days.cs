using NodaTime;

namespace AutoMeet.Replies.Availability;

/// <summary>Day phrases: today, tomorrow, weekdays (this/next), this/next week, dates, day ranges, week of, in N weeks.</summary>
internal sealed partial class AvailabilityParser
{
    private static int Weekday(string word) => word switch
    {
        "monday" or "mon" or "mondays" => 1,
        "tuesday" or "tue" or "tues" or "tuesdays" => 2,
        "wednesday" or "wed" or "wednesdays" => 3,
        "thursday" or "thu" or "thur" or "thurs" or "thursdays" => 4,
        "friday" or "fri" or "fridays" => 5,
        "saturday" or "sat" or "saturdays" => 6,
        "sunday" or "sun" or "sundays" => 7,
        _ => 0,
    };

    private static int Month(string word) => word switch
    {
        "january" or "jan" => 1, "february" or "feb" => 2, "march" or "mar" => 3, "april" or "apr" => 4, "may" => 5,
        "june" or "jun" => 6, "july" or "jul" => 7, "august" or "aug" => 8, "september" or "sep" or "sept" => 9,
        "october" or "oct" => 10, "november" or "nov" => 11, "december" or "dec" => 12, _ => 0,
    };

    private int TryDays(int i)
    {
        var word = tokens[i];
        switch (word)
        {
            case "today":
                AddDays([_today]);
                return 1;
            case "day" when Peek(i + 1) == "after" && Peek(i + 2) is "tomorrow" or "tmrw":
                AddDays([_today.PlusDays(2)]);
                return 3;
            case "the" when Peek(i + 1) == "day" && Peek(i + 2) == "after" && Peek(i + 3) is "tomorrow" or "tmrw":
                AddDays([_today.PlusDays(2)]);
                return 4;
            case "tomorrow" or "tmrw" or "tmr" or "tomorow":
                AddDays([_today.PlusDays(1)]);
                return 1;
            case "this" or "next" when Peek(i + 1) == "week":
                AddDays(WeekDays(word == "this" ? _today.PlusDays(1) : StartOfWeek(_today).PlusWeeks(1), word == "this" ? EndOfWorkWeek(_today) : StartOfWeek(_today).PlusWeeks(1).PlusDays(4)));
                return 2;
            case "early" when Peek(i + 1) == "next" && Peek(i + 2) == "month":
                AddDays(FirstWeekdaysOfNextMonth(5));
                return 3;
            case "in" when IsCount(Peek(i + 1), out var weeks) && Peek(i + 2) is "weeks" or "week":
                var monday = StartOfWeek(_today).PlusWeeks(weeks);
                AddDays(WeekDays(monday, monday.PlusDays(4)));
                return 3;
            case "week" when Peek(i + 1) == "of":
                var used = TryDate(i + 2 + (Peek(i + 2) == "the" ? 1 : 0), out var anchor);
                if (used > 0)
                {
                    var start = StartOfWeek(anchor);
                    AddDays(WeekDays(start, start.PlusDays(4)));
                    return 2 + (Peek(i + 2) == "the" ? 1 : 0) + used;
                }

                return 0;
            case "this" or "next" when Weekday(Peek(i + 1)) > 0:
                var day = Weekday(Peek(i + 1));
                var date = word == "next" ? StartOfWeek(_today).PlusWeeks(1).PlusDays(day - 1) : ThisWeekday(day);
                return 1 + WeekdayPhrase(i + 1, date);
            default:
                break;
        }

        if (Weekday(word) > 0)
        {
            return WeekdayPhrase(i, _excluding ? ExcludedWeekday(Weekday(word)) : NextWeekday(Weekday(word)));
        }

        var dateUsed = TryDate(i, out var named);
        if (dateUsed > 0)
        {
            AddDays([named]);
            return dateUsed;
        }

        return 0;
    }

    // A weekday, then optionally its date ("Tuesday, March 17", "Friday the 12th") or a range ("Tuesday through Thursday").
    private int WeekdayPhrase(int i, LocalDate date)
    {
        var weekday = Weekday(tokens[i]);
        var k = i + 1;
        if (Peek(k) is "through" or "thru" or "to" or "until" or "-" && Weekday(Peek(k + 1)) > 0)
        {
            var end = date.PlusDays(((Weekday(Peek(k + 1)) - weekday) + 7) % 7);
            AddDays(WeekDays(date, end, includeWeekends: true));
            return k + 2 - i;
        }

        var skip = Peek(k) == "," ? 1 : 0;
        skip += Peek(k + skip) == "the" ? 1 : 0;
        var used = TryDate(k + skip, out var explicitDate);
        if (used > 0)
        {
            if ((int)explicitDate.DayOfWeek != weekday)
            {
                _ambiguous = true;
                return skip + used + 1;
            }

            AddDays([explicitDate]);
            return 1 + skip + used;
        }

        AddDays([date]);
        return 1;
    }

    private int TryDate(int i, out LocalDate date)
    {
        date = default;
        var month = Month(Peek(i));
        if (month > 0 && IsNumber(i + 1, out var dayAfterMonth))
        {
            var used = 2 + (IsOrdinal(Peek(i + 2)) ? 1 : 0);
            return Resolve(month, dayAfterMonth, YearAt(i + used), out date) ? used + (YearAt(i + used) is null ? 0 : 2) : Invalid(used);
        }

        if (!IsNumber(i, out var first) || Peek(i).Length > 2)
        {
            return 0;
        }

        var afterFirst = 1 + (IsOrdinal(Peek(i + 1)) ? 1 : 0);
        var monthAfter = Month(Peek(i + afterFirst + (Peek(i + afterFirst) == "of" ? 1 : 0)));
        if (monthAfter > 0)
        {
            var used = afterFirst + (Peek(i + afterFirst) == "of" ? 1 : 0) + 1;
            return Resolve(monthAfter, first, null, out date) ? used : Invalid(used);
        }

        if (Peek(i + 1) is "/" or "." && IsNumber(i + 2, out var second) && Peek(i + 2).Length <= 2)
        {
            var used = 3 + (Peek(i + 3) == "." ? 1 : 0);
            var monthFirst = Offline.UsZones.IsMonthFirst(input.ProspectZone);
            var (m, d) = monthFirst ? (first, second) : (second, first);
            if (IsBothOrders(input.ProspectZone) && first <= 12 && second <= 12 && first != second)
            {
                _ambiguous = true;
                return used;
            }

            return Resolve(m, d, null, out date) ? used : Invalid(used);
        }

        // "the 19th", "on the 2nd": the next such day of month.
        if (IsOrdinal(Peek(i + 1)) && Peek(i - 1) == "the")
        {
            for (var candidate = _today.PlusDays(1); candidate <= _today.PlusMonths(3); candidate = candidate.PlusDays(1))
            {
                if (candidate.Day == first)
                {
                    date = candidate;
                    return 2;
                }
            }

            return Invalid(2);
        }

        return 0;
    }

    private int Invalid(int used)
    {
        _ambiguous = true;
        return used;
    }

    private int? YearAt(int i) => Peek(i) == "," && IsNumber(i + 1, out var year) && year is > 2000 and < 2100 ? year : null;

    private bool Resolve(int month, int day, int? year, out LocalDate date)
    {
        date = default;
        if (month is < 1 or > 12 || day < 1)
        {
            return false;
        }

        var y = year ?? _today.Year;
        if (day > CalendarSystem.Iso.GetDaysInMonth(y, month))
        {
            return false;
        }

        date = new LocalDate(y, month, day);
        if (year is null && date < _today && day <= CalendarSystem.Iso.GetDaysInMonth(y + 1, month))
        {
            date = new LocalDate(y + 1, month, day);
        }

        return true;
    }

    private static bool IsOrdinal(string word) => word is "st" or "nd" or "rd" or "th";

    private static bool IsCount(string word, out int count)
    {
        count = word switch { "one" or "a" => 1, "two" => 2, "three" => 3, "four" => 4, _ => int.TryParse(word, out var n) ? n : 0 };
        return count is > 0 and < 10;
    }

    private static bool IsBothOrders(DateTimeZone zone) => zone.Id.StartsWith("America/Toronto", StringComparison.Ordinal)
        || zone.Id is "America/Vancouver" or "America/Montreal" or "America/Edmonton" or "America/Winnipeg" or "America/Halifax";

    private static LocalDate StartOfWeek(LocalDate date) => date.PlusDays(1 - (int)date.DayOfWeek);

    private static LocalDate EndOfWorkWeek(LocalDate date) => StartOfWeek(date).PlusDays(4);

    private LocalDate NextWeekday(int weekday) => _today.Next((IsoDayOfWeek)weekday);

    // "next week, except Friday": an excluded bare weekday is the one inside the days already named in the sentence.
    private LocalDate ExcludedWeekday(int weekday)
    {
        foreach (var item in _items)
        {
            if (item is DayItem { Excluded: false, Dates.Count: > 1 } day)
            {
                foreach (var date in day.Dates)
                {
                    if ((int)date.DayOfWeek == weekday)
                    {
                        return date;
                    }
                }
            }
        }

        return NextWeekday(weekday);
    }

    // "this Tuesday": that day in the current ISO week if still ahead (today counts; past windows are dropped later).
    private LocalDate ThisWeekday(int weekday)
    {
        var date = StartOfWeek(_today).PlusDays(weekday - 1);
        return date >= _today ? date : NextWeekday(weekday);
    }

    private List<LocalDate> FirstWeekdaysOfNextMonth(int count)
    {
        var result = new List<LocalDate>();
        for (var date = _today.With(DateAdjusters.StartOfMonth).PlusMonths(1); result.Count < count; date = date.PlusDays(1))
        {
            if (date.DayOfWeek < IsoDayOfWeek.Saturday)
            {
                result.Add(date);
            }
        }

        return result;
    }

    private static List<LocalDate> WeekDays(LocalDate from, LocalDate to, bool includeWeekends = false)
    {
        var result = new List<LocalDate>();
        for (var date = from; date <= to; date = date.PlusDays(1))
        {
            if (includeWeekends || date.DayOfWeek < IsoDayOfWeek.Saturday)
            {
                result.Add(date);
            }
        }

        return result;
    }
}
