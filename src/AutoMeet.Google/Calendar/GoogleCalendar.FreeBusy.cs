using AutoMeet.Accounts;
using AutoMeet.Calendars;
using AutoMeet.Google.Calendar.Models;
using NodaTime;

namespace AutoMeet.Google.Calendar;

/// <summary>Busy time: <c>freeBusy.query</c> split by calendars (at most 50 per query) and by range, results merged.</summary>
internal sealed partial class GoogleCalendar
{
    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="window"/> is unbounded or empty.</exception>
    /// <exception cref="CalendarFreeBusyException">Google reported errors for some calendars: their busy time is unknown, not free.</exception>
    public async Task<IReadOnlyList<BusyInterval>> GetBusyAsync(Id<MailboxAccount> accountId, Interval window, IReadOnlyList<string> calendarIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(calendarIds);
        if (!window.HasStart || !window.HasEnd || window.Duration <= Duration.Zero)
        {
            throw new ArgumentException($"A free/busy window must have a start before its end; got {window}.", nameof(window));
        }

        IReadOnlyList<string> ids = calendarIds.Count == 0 ? [PrimaryCalendarId] : [.. calendarIds.Distinct(StringComparer.Ordinal)];
        var busy = ids.ToDictionary(id => id, _ => new List<Interval>(), StringComparer.Ordinal);
        var errors = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var perQuery = Math.Clamp(_options.Calendar.FreeBusyCalendarsPerQuery, 1, GoogleCalendarOptions.MaxCalendarsPerFreeBusyQuery);

        foreach (var range in Chunks(window, Duration.FromTimeSpan(_options.Calendar.FreeBusyMaxRange)))
        {
            foreach (var batch in ids.Chunk(perQuery))
            {
                var request = new GoogleFreeBusyRequest
                {
                    TimeMin = CalendarMapping.Rfc3339(range.Start),
                    TimeMax = CalendarMapping.Rfc3339(range.End),
                    TimeZone = "UTC",
                    CalendarExpansionMax = batch.Length,
                    Items = [.. batch.Select(id => new GoogleFreeBusyRequestItem { Id = id })],
                };
                var response = await _client.QueryFreeBusyAsync(accountId, request, cancellationToken).ConfigureAwait(false);
                Collect(batch, response, busy, errors);
            }
        }

        if (errors.Count > 0)
        {
            throw new CalendarFreeBusyException(errors);
        }

        return [.. busy.SelectMany(kv => Merge(kv.Value).Select(i => new BusyInterval(i, kv.Key))).OrderBy(b => b.Interval.Start).ThenBy(b => b.CalendarId, StringComparer.Ordinal)];
    }

    private static void Collect(string[] batch, GoogleFreeBusyResponse response, Dictionary<string, List<Interval>> busy, Dictionary<string, IReadOnlyList<string>> errors)
    {
        foreach (var id in batch)
        {
            if (response.Calendars is null || !response.Calendars.TryGetValue(id, out var calendar))
            {
                // Never read a calendar Google did not answer for as free.
                errors[id] = ["missing"];
                continue;
            }

            if (calendar.Errors is { Count: > 0 } reported)
            {
                errors[id] = [.. reported.Select(e => e.Reason ?? "unknown")];
                continue;
            }

            foreach (var period in calendar.Busy ?? [])
            {
                if (period.Start is { } start && period.End is { } end)
                {
                    var from = CalendarMapping.ParseInstant(start);
                    var to = CalendarMapping.ParseInstant(end);
                    if (to > from)
                    {
                        busy[id].Add(new Interval(from, to));
                    }
                }
            }
        }
    }

    /// <summary>Splits a window into consecutive ranges no longer than <paramref name="max"/>.</summary>
    internal static IEnumerable<Interval> Chunks(Interval window, Duration max)
    {
        var step = max > Duration.Zero ? max : Duration.FromDays(28);
        for (var start = window.Start; start < window.End; start += step)
        {
            var end = start + step < window.End ? start + step : window.End;
            yield return new Interval(start, end);
        }
    }

    /// <summary>Merges overlapping or touching intervals, so an event cut at a chunk boundary comes back whole.</summary>
    internal static IEnumerable<Interval> Merge(List<Interval> intervals)
    {
        Interval? current = null;
        foreach (var next in intervals.OrderBy(i => i.Start))
        {
            if (current is { } c && next.Start <= c.End)
            {
                current = new Interval(c.Start, next.End > c.End ? next.End : c.End);
                continue;
            }

            if (current is { } done)
            {
                yield return done;
            }

            current = next;
        }

        if (current is { } last)
        {
            yield return last;
        }
    }
}
