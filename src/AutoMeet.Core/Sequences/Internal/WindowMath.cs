using NodaTime;

namespace AutoMeet.Sequences.Internal;

/// <summary>Delay arithmetic and sending-window fitting in a prospect's local time.</summary>
internal static class WindowMath
{
    /// <summary>How many local days the window search looks ahead before giving up.</summary>
    public const int MaxSearchDays = 400;

    public static Instant AddDelay(Instant from, in PlannerStep step, ref LocaleState locale)
    {
        if (step.DelayAmount == 0)
        {
            return from;
        }

        return step.DelayUnit == DelayUnit.Hours
            ? from + Duration.FromHours(step.DelayAmount)
            : AddBusinessDays(from, step.DelayAmount, ref locale);
    }

    /// <summary>Adds business days (Monday to Friday, not a holiday) keeping the local time of day.</summary>
    public static Instant AddBusinessDays(Instant from, int days, ref LocaleState locale)
    {
        var local = from.InZone(locale.Zone).LocalDateTime;
        var date = local.Date;
        for (var counted = 0; counted < days;)
        {
            date = date.PlusDays(1);
            if (date.DayOfWeek < IsoDayOfWeek.Saturday && !locale.IsHoliday(date))
            {
                counted++;
            }
        }

        return locale.Resolve(date, local.TimeOfDay);
    }

    /// <summary>Finds the earliest instant at or after <paramref name="notBefore"/> inside the window on a sending day that is not a holiday.</summary>
    public static bool TryFit(Instant notBefore, in SendingWindow window, ref LocaleState locale, out Instant result)
    {
        var date = notBefore.InZone(locale.Zone).Date;
        for (var i = 0; i < MaxSearchDays; i++, date = date.PlusDays(1))
        {
            if (!window.IsSendingDay(date.DayOfWeek) || locale.IsHoliday(date))
            {
                continue;
            }

            var end = locale.Resolve(date, window.End);
            if (notBefore >= end)
            {
                continue;
            }

            var start = locale.Resolve(date, window.Start);
            if (end > start)
            {
                result = notBefore > start ? notBefore : start;
                return true;
            }
        }

        result = default;
        return false;
    }
}
