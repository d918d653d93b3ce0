using AutoMeet.Sequences.Internal;
using NodaTime;

namespace AutoMeet.Sequences.Distribution.Internal;

/// <summary>
/// Computes when a candidate may go out today with the planner's window rules (the same walk as <see cref="WindowMath.TryFit"/>, with
/// the lenient DST resolver): from its earliest instant fitted into the prospect's window, until the window closes that local day, the
/// distribution day ends, or the campaign ends, whichever is first.
/// </summary>
internal static class CandidateWindow
{
    /// <summary>Computes the bounds; <paramref name="limit"/> is exclusive.</summary>
    /// <returns><see langword="false"/> when no window opens within <see cref="WindowMath.MaxSearchDays"/> days.</returns>
    public static bool TryGetBounds(
        PlanningContext context, ref LocaleState locale, Instant earliest, Instant now, Instant dayEnd, out Instant start, out Instant limit)
    {
        var notBefore = earliest > now ? earliest : now;
        var window = context.Window;
        var date = notBefore.InZone(locale.Zone).Date;
        for (var i = 0; i < WindowMath.MaxSearchDays; i++, date = date.PlusDays(1))
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

            var open = locale.Resolve(date, window.Start);
            if (end > open)
            {
                start = notBefore > open ? notBefore : open;
                limit = end < dayEnd ? end : dayEnd;
                if (context.EndAt is { } campaignEnd && campaignEnd < limit)
                {
                    limit = campaignEnd;
                }

                return true;
            }
        }

        start = limit = default;
        return false;
    }

    /// <summary>Finds the next window opening at or after <paramref name="from"/>, before the campaign ends.</summary>
    public static Instant? NextOpening(PlanningContext context, ref LocaleState locale, Instant from) =>
        WindowMath.TryFit(from, context.Window, ref locale, out var at) && (context.EndAt is not { } end || at < end) ? at : null;
}
