using System.Net;
using AutoMeet.Accounts;
using AutoMeet.Calendars;
using AutoMeet.Google.Calendar.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;
using Polly.Timeout;

namespace AutoMeet.Google.Calendar;

/// <summary>
/// The Google Calendar adapter of <see cref="ICalendar"/>: busy time through <c>freeBusy.query</c>, events with Google
/// Meet links, incremental sync with sync tokens, and push channels (<see cref="IGoogleCalendarChannels"/>).
/// </summary>
/// <remarks>
/// Creation is idempotent per <see cref="CalendarEventRequest.IdempotencyKey"/>: the event id and the Meet
/// <c>requestId</c> are derived from it, the event is looked up before it is created, and a create whose outcome is
/// unknown is reconciled by looking it up again (an event of the same booking that was since cancelled is returned as
/// cancelled, not re-created). <see cref="UpdateEventAsync"/> addresses the request's calendar;
/// <see cref="CancelEventAsync"/> and <see cref="FindEventAsync"/>, which have no calendar, address the primary one.
/// </remarks>
internal sealed partial class GoogleCalendar : ICalendar
{
    /// <summary>The alias of an account's primary calendar.</summary>
    public const string PrimaryCalendarId = "primary";

    private readonly CalendarClient _client;
    private readonly TimeProvider _time;
    private readonly IClock _clock;
    private readonly GoogleOptions _options;
    private readonly CalendarChannelTokens _channelTokens;
    private readonly ILogger _logger;

    public GoogleCalendar(CalendarClient client, TimeProvider time, IClock clock, IOptions<GoogleOptions> options, CalendarChannelTokens channelTokens, ILogger<GoogleCalendar>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(channelTokens);
        _client = client;
        _time = time;
        _clock = clock;
        _options = options.Value;
        _channelTokens = channelTokens;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <inheritdoc/>
    public async Task<CalendarEvent> CreateEventAsync(Id<MailboxAccount> accountId, CalendarEventRequest request, CancellationToken cancellationToken = default)
    {
        Validate(request);
        var calendarId = request.CalendarId ?? PrimaryCalendarId;
        var eventId = CalendarIdempotency.EventId(request.IdempotencyKey);
        var body = CalendarMapping.ToGoogle(request, create: true);

        // A previous attempt (this process or another) may already have created it.
        var created = await TryGetAsync(accountId, calendarId, eventId, cancellationToken).ConfigureAwait(false);
        if (created is not null)
        {
            CalendarLog.EventReused(_logger, eventId, accountId);
        }

        for (var attempt = 0; created is null; attempt++)
        {
            try
            {
                created = await _client.InsertEventAsync(accountId, calendarId, body, request.Notifications, cancellationToken).ConfigureAwait(false);
            }
            catch (GoogleCalendarApiException ex) when (ex.StatusCode == HttpStatusCode.Conflict)
            {
                // 409 duplicate: an earlier attempt whose answer was lost did create it.
                CalendarLog.EventReused(_logger, eventId, accountId);
                created = await TryGetAsync(accountId, calendarId, eventId, cancellationToken).ConfigureAwait(false)
                    ?? throw new GoogleCalendarApiException("calendar.events.insert", HttpStatusCode.Conflict, "duplicateButNotFound");
            }
            catch (Exception ex) when (IsAmbiguous(ex, cancellationToken) && attempt < _options.MaxRetryAttempts)
            {
                CalendarLog.CreateOutcomeUnknown(_logger, eventId, accountId, ex.GetType().Name);
                await Task.Delay(_options.RetryBaseDelay * Math.Pow(2, attempt), _time, cancellationToken).ConfigureAwait(false);
                created = await TryGetAsync(accountId, calendarId, eventId, cancellationToken).ConfigureAwait(false);
            }
        }

        created = await AwaitConferenceAsync(accountId, calendarId, created, cancellationToken).ConfigureAwait(false);
        return CalendarMapping.ToPort(created, calendarId);
    }

    /// <inheritdoc/>
    public async Task<CalendarEvent> UpdateEventAsync(Id<MailboxAccount> accountId, string eventId, CalendarEventRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        Validate(request);
        var calendarId = request.CalendarId ?? PrimaryCalendarId;
        try
        {
            var patched = await _client.PatchEventAsync(accountId, calendarId, eventId, CalendarMapping.ToGoogle(request, create: false), request.Notifications, cancellationToken).ConfigureAwait(false);
            return CalendarMapping.ToPort(patched, calendarId);
        }
        catch (GoogleCalendarApiException ex) when (ex.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
            throw new KeyNotFoundException($"Google Calendar '{calendarId}' has no event '{eventId}' (HTTP {(int)ex.StatusCode}).", ex);
        }
    }

    /// <inheritdoc/>
    /// <remarks>Google answers 404 or 410 when the event is unknown or already deleted: both mean <see langword="false"/>.</remarks>
    public async Task<bool> CancelEventAsync(Id<MailboxAccount> accountId, string eventId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        try
        {
            await _client.DeleteEventAsync(accountId, PrimaryCalendarId, eventId, _options.Calendar.CancelNotifications, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (GoogleCalendarApiException ex) when (ex.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
            return false;
        }
    }

    /// <inheritdoc/>
    public async Task<CalendarEvent?> FindEventAsync(Id<MailboxAccount> accountId, string eventId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        var found = await TryGetAsync(accountId, PrimaryCalendarId, eventId, cancellationToken).ConfigureAwait(false);
        return found is null ? null : CalendarMapping.ToPort(found, PrimaryCalendarId);
    }

    private async Task<GoogleEvent?> TryGetAsync(Id<MailboxAccount> accountId, string calendarId, string eventId, CancellationToken cancellationToken)
    {
        try
        {
            return await _client.GetEventAsync(accountId, calendarId, eventId, cancellationToken).ConfigureAwait(false);
        }
        catch (GoogleCalendarApiException ex) when (ex.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
            return null;
        }
    }

    /// <summary>Polls <c>events.get</c>, with doubling waits, while the Meet conference is still being created.</summary>
    private async Task<GoogleEvent> AwaitConferenceAsync(Id<MailboxAccount> accountId, string calendarId, GoogleEvent created, CancellationToken cancellationToken)
    {
        var delay = _options.Calendar.ConferencePollDelay;
        for (var attempt = 1; CalendarMapping.ConferenceStatus(created) == "pending"; attempt++)
        {
            if (attempt > _options.Calendar.ConferencePollAttempts)
            {
                CalendarLog.ConferenceNotReady(_logger, created.Id ?? "?", accountId, "pending", attempt - 1);
                return created;
            }

            await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
            delay *= 2;
            created = await _client.GetEventAsync(accountId, calendarId, created.Id!, cancellationToken).ConfigureAwait(false);
        }

        if (CalendarMapping.ConferenceStatus(created) == "failure")
        {
            CalendarLog.ConferenceNotReady(_logger, created.Id ?? "?", accountId, "failure", 0);
        }

        return created;
    }

    private static bool IsAmbiguous(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        GoogleCalendarApiException api => (int)api.StatusCode >= 500,
        TimeoutRejectedException or HttpRequestException => true,
        TaskCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    private static void Validate(CalendarEventRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Title);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.IdempotencyKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.TimeZoneId);
        if (request.End <= request.Start)
        {
            throw new ArgumentException($"An event must end after it starts; got {request.Start} to {request.End}.", nameof(request));
        }
    }
}
