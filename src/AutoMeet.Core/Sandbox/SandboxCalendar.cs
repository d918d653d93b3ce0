using System.Globalization;
using AutoMeet.Accounts;
using AutoMeet.Calendars;
using NodaTime;

namespace AutoMeet.Sandbox;

/// <summary>
/// An in-process calendar that implements <see cref="ICalendar"/> without any provider: it has busy time that
/// tests and demos add, accepts events (which then count as busy) and gives each a stable conference link.
/// </summary>
/// <remarks>Thread-safe. Everything is kept in memory for the lifetime of the instance.</remarks>
public sealed class SandboxCalendar : ICalendar
{
    /// <summary>The id of each account's primary calendar.</summary>
    public const string PrimaryCalendarId = "primary";

    private readonly Lock _gate = new();
    private readonly List<(Id<MailboxAccount> Account, BusyInterval Busy)> _busy = [];
    private readonly Dictionary<string, (Id<MailboxAccount> Account, CalendarEvent Event, string Key)> _events = new(StringComparer.Ordinal);
    private readonly List<(long Sequence, Id<MailboxAccount> Account, string CalendarId, CalendarEventChange Change)> _changes = [];
    private readonly Dictionary<string, List<CalendarAttendee>> _attendees = new(StringComparer.Ordinal);
    private long _nextId;
    private long _sequence;
    private int _tokenEpoch;

    /// <summary>Adds busy time to an account's calendar (as if the owner had an event there).</summary>
    /// <param name="accountId">The account.</param>
    /// <param name="interval">The busy time.</param>
    /// <param name="calendarId">The calendar; the primary one by default.</param>
    /// <param name="isTentative">Whether the busy time is only tentative.</param>
    /// <exception cref="ArgumentException"><paramref name="interval"/> is empty or unbounded.</exception>
    public void AddBusy(Id<MailboxAccount> accountId, Interval interval, string calendarId = PrimaryCalendarId, bool isTentative = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(calendarId);
        if (!interval.HasStart || !interval.HasEnd || interval.Duration <= Duration.Zero)
        {
            throw new ArgumentException($"Busy time must have a start before its end; got {interval}.", nameof(interval));
        }

        lock (_gate)
        {
            _busy.Add((accountId, new BusyInterval(interval, calendarId, isTentative)));
            var id = "sbx-busy-" + (++_nextId).ToString("D6", CultureInfo.InvariantCulture);
            Record(accountId, calendarId, new CalendarEventChange(id, interval, isTentative));
        }
    }

    /// <summary>Records a guest's answer to an event's invitation, as if they answered in their own calendar; the next sync reports it.</summary>
    /// <param name="accountId">The account whose calendar holds the event.</param>
    /// <param name="eventId">The event.</param>
    /// <param name="attendeeEmail">The guest's e-mail address (compared case-insensitively); a guest not invited yet is added.</param>
    /// <param name="response">The answer.</param>
    /// <exception cref="KeyNotFoundException">The account has no such event.</exception>
    public void RespondToEvent(Id<MailboxAccount> accountId, string eventId, string attendeeEmail, AttendeeResponse response)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        ArgumentException.ThrowIfNullOrWhiteSpace(attendeeEmail);
        lock (_gate)
        {
            if (!_events.TryGetValue(eventId, out var entry) || entry.Account != accountId)
            {
                throw new KeyNotFoundException($"The sandbox calendar has no event '{eventId}' for this account.");
            }

            var guests = _attendees.TryGetValue(eventId, out var list) ? list : _attendees[eventId] = [];
            var index = guests.FindIndex(a => string.Equals(a.Email, attendeeEmail, StringComparison.OrdinalIgnoreCase));
            if (index >= 0)
            {
                guests[index] = guests[index] with { Response = response };
            }
            else
            {
                guests.Add(new CalendarAttendee(attendeeEmail, response));
            }

            Record(accountId, entry.Event);
        }
    }

    /// <summary>Lists an event's guests with their answers (empty when the event is unknown).</summary>
    /// <param name="eventId">The event.</param>
    /// <returns>The guests.</returns>
    public IReadOnlyList<CalendarAttendee> ListAttendees(string eventId)
    {
        lock (_gate)
        {
            return _attendees.TryGetValue(eventId, out var list) ? [.. list] : [];
        }
    }

    /// <summary>Makes every sync token handed out so far too old, as a provider does after a while (Google answers 410).</summary>
    public void ExpireSyncTokens()
    {
        lock (_gate)
        {
            _tokenEpoch++;
        }
    }

    /// <inheritdoc/>
    /// <remarks>Tokens are <c>sbx-sync-{epoch}-{sequence}</c>; a token made before <see cref="ExpireSyncTokens"/> yields a full re-sync.</remarks>
    /// <exception cref="ArgumentException"><paramref name="syncToken"/> is not a token of this calendar.</exception>
    public Task<CalendarChanges> GetChangesAsync(Id<MailboxAccount> accountId, string calendarId, string? syncToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(calendarId);
        lock (_gate)
        {
            var next = string.Create(CultureInfo.InvariantCulture, $"{SyncTokenPrefix}{_tokenEpoch}-{_sequence}");
            long since = -1;
            var epoch = _tokenEpoch;
            if (syncToken is not null && !TryParseToken(syncToken, out epoch, out since))
            {
                throw new ArgumentException($"'{syncToken}' is not a sync token of this sandbox calendar.", nameof(syncToken));
            }

            if (syncToken is null || epoch != _tokenEpoch)
            {
                // Full listing: the calendar's current events, removals folded away.
                var current = new Dictionary<string, CalendarEventChange>(StringComparer.Ordinal);
                foreach (var entry in _changes.Where(c => c.Account == accountId && c.CalendarId == calendarId))
                {
                    current[entry.Change.EventId] = entry.Change;
                }

                return Task.FromResult(new CalendarChanges([.. current.Values.Where(c => !c.IsRemoved)], next, IsFullResync: true));
            }

            IReadOnlyList<CalendarEventChange> delta = [.. _changes
                .Where(c => c.Sequence > since && c.Account == accountId && c.CalendarId == calendarId)
                .Select(c => c.Change)];
            return Task.FromResult(new CalendarChanges(delta, next, IsFullResync: false));
        }
    }

    /// <summary>Lists an account's events (cancelled ones included), by start.</summary>
    /// <param name="accountId">The account.</param>
    /// <returns>The events.</returns>
    public IReadOnlyList<CalendarEvent> ListEvents(Id<MailboxAccount> accountId)
    {
        lock (_gate)
        {
            return [.. _events.Values.Where(e => e.Account == accountId).Select(e => e.Event).OrderBy(e => e.Start)];
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<BusyInterval>> GetBusyAsync(Id<MailboxAccount> accountId, Interval window, IReadOnlyList<string> calendarIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(calendarIds);
        var wanted = calendarIds.Count == 0 ? [PrimaryCalendarId] : calendarIds;
        lock (_gate)
        {
            var fromEvents = _events.Values
                .Where(e => e.Account == accountId && !e.Event.IsCancelled)
                .Select(e => new BusyInterval(new Interval(e.Event.Start, e.Event.End), e.Event.CalendarId));
            IReadOnlyList<BusyInterval> result = [.. _busy.Where(b => b.Account == accountId).Select(b => b.Busy)
                .Concat(fromEvents)
                .Where(b => wanted.Contains(b.CalendarId) && Overlaps(b.Interval, window))
                .OrderBy(b => b.Interval.Start)];
            return Task.FromResult(result);
        }
    }

    /// <inheritdoc/>
    public Task<CalendarEvent> CreateEventAsync(Id<MailboxAccount> accountId, CalendarEventRequest request, CancellationToken cancellationToken = default)
    {
        Validate(request);
        lock (_gate)
        {
            var existing = _events.Values.FirstOrDefault(e => e.Account == accountId && e.Key == request.IdempotencyKey);
            if (existing.Event is not null)
            {
                return Task.FromResult(existing.Event);
            }

            var id = "sbx-evt-" + (++_nextId).ToString("D6", CultureInfo.InvariantCulture);
            var conference = request.AddConference ? ConferenceUrlFor(_nextId) : null;
            var created = new CalendarEvent(id, request.CalendarId ?? PrimaryCalendarId, request.Title, request.Start, request.End, conference, IsCancelled: false);
            _events[id] = (accountId, created, request.IdempotencyKey);
            _attendees[id] = [.. request.Attendees.Select(a => new CalendarAttendee(a.Address, AttendeeResponse.NeedsAction))];
            Record(accountId, created);
            return Task.FromResult(created);
        }
    }

    /// <inheritdoc/>
    public Task<CalendarEvent> UpdateEventAsync(Id<MailboxAccount> accountId, string eventId, CalendarEventRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        Validate(request);
        lock (_gate)
        {
            if (!_events.TryGetValue(eventId, out var entry) || entry.Account != accountId)
            {
                throw new KeyNotFoundException($"The sandbox calendar has no event '{eventId}' for this account.");
            }

            var updated = entry.Event with { Title = request.Title, Start = request.Start, End = request.End };
            _events[eventId] = (accountId, updated, entry.Key);
            if (request.Attendees.Count > 0)
            {
                // Like a patch of the guest list: known guests keep their answers.
                var known = _attendees.TryGetValue(eventId, out var list) ? list : [];
                _attendees[eventId] = [.. request.Attendees.Select(a =>
                    known.Find(k => string.Equals(k.Email, a.Address, StringComparison.OrdinalIgnoreCase)) ?? new CalendarAttendee(a.Address, AttendeeResponse.NeedsAction))];
            }

            Record(accountId, updated);
            return Task.FromResult(updated);
        }
    }

    /// <inheritdoc/>
    public Task<bool> CancelEventAsync(Id<MailboxAccount> accountId, string eventId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        lock (_gate)
        {
            if (!_events.TryGetValue(eventId, out var entry) || entry.Account != accountId || entry.Event.IsCancelled)
            {
                return Task.FromResult(false);
            }

            _events[eventId] = (accountId, entry.Event with { IsCancelled = true }, entry.Key);
            Record(accountId, _events[eventId].Event);
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc/>
    public Task<CalendarEvent?> FindEventAsync(Id<MailboxAccount> accountId, string eventId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        lock (_gate)
        {
            return Task.FromResult(_events.TryGetValue(eventId, out var entry) && entry.Account == accountId ? entry.Event : null);
        }
    }

    private const string SyncTokenPrefix = "sbx-sync-";

    private bool TryParseToken(string token, out int epoch, out long sequence)
    {
        epoch = 0;
        sequence = 0;
        if (!token.StartsWith(SyncTokenPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = token[SyncTokenPrefix.Length..].Split('-');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out epoch)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out sequence)
            && epoch <= _tokenEpoch
            && sequence <= _sequence;
    }

    private void Record(Id<MailboxAccount> accountId, CalendarEvent calendarEvent) =>
        Record(accountId, calendarEvent.CalendarId, new CalendarEventChange(
            calendarEvent.EventId,
            calendarEvent.IsCancelled ? null : new Interval(calendarEvent.Start, calendarEvent.End))
        {
            Attendees = calendarEvent.IsCancelled || !_attendees.TryGetValue(calendarEvent.EventId, out var guests) ? [] : [.. guests],
        });

    private void Record(Id<MailboxAccount> accountId, string calendarId, CalendarEventChange change) =>
        _changes.Add((++_sequence, accountId, calendarId, change));

    private static bool Overlaps(Interval a, Interval b) =>
        (!b.HasEnd || a.Start < b.End) && (!b.HasStart || a.End > b.Start);

    private static void Validate(CalendarEventRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Title);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.IdempotencyKey);
        if (request.End <= request.Start)
        {
            throw new ArgumentException($"An event must end after it starts; got {request.Start} to {request.End}.", nameof(request));
        }
    }

    // Shaped like a Meet code (xxx-xxxx-xxx) and stable per event; the .invalid domain can never resolve.
    private static string ConferenceUrlFor(long n)
    {
        var code = (n * 2654435761L % 26_000_000_000L).ToString("D10", CultureInfo.InvariantCulture);
        Span<char> letters = stackalloc char[10];
        for (var i = 0; i < letters.Length; i++)
        {
            letters[i] = (char)('a' + ((code[i] - '0' + (i * 7)) % 26));
        }

        return $"https://meet.sandbox.invalid/{letters[..3]}-{letters[3..7]}-{letters[7..]}";
    }
}
