using System.Globalization;
using AutoMeet.Accounts;
using AutoMeet.Calendars;
using AutoMeet.Google.Calendar.Models;

namespace AutoMeet.Google.Calendar;

/// <summary>The endpoints: events insert/get/patch/delete/list/watch, channels.stop and freeBusy.query.</summary>
internal sealed partial class CalendarClient
{
    /// <summary>
    /// <c>events.insert</c> with <c>conferenceDataVersion=1</c>. Retried on 5xx: the body carries a client-chosen event id,
    /// so a retry of an insert that did reach Google answers 409 instead of creating a second event.
    /// </summary>
    public async Task<GoogleEvent> InsertEventAsync(Id<MailboxAccount> accountId, string calendarId, GoogleEvent body, AttendeeNotifications notify, CancellationToken cancellationToken) =>
        (await CallAsync(
            accountId,
            "calendar.events.insert",
            () => new HttpRequestMessage(HttpMethod.Post, $"{EventsPath(calendarId)}?conferenceDataVersion=1&sendUpdates={SendUpdates(notify)}")
            {
                Content = Json(body, CalendarJsonContext.Default.GoogleEvent),
            },
            CalendarJsonContext.Default.GoogleEvent,
            retryServerErrors: true,
            cancellationToken).ConfigureAwait(false))!;

    /// <summary><c>events.get</c>.</summary>
    public async Task<GoogleEvent> GetEventAsync(Id<MailboxAccount> accountId, string calendarId, string eventId, CancellationToken cancellationToken) =>
        (await CallAsync(
            accountId,
            "calendar.events.get",
            () => new HttpRequestMessage(HttpMethod.Get, $"{EventsPath(calendarId)}/{Escape(eventId)}"),
            CalendarJsonContext.Default.GoogleEvent,
            retryServerErrors: true,
            cancellationToken).ConfigureAwait(false))!;

    /// <summary><c>events.patch</c> (arrays such as <c>attendees</c> are replaced whole; conference data left out is kept).</summary>
    public async Task<GoogleEvent> PatchEventAsync(Id<MailboxAccount> accountId, string calendarId, string eventId, GoogleEvent body, AttendeeNotifications notify, CancellationToken cancellationToken) =>
        (await CallAsync(
            accountId,
            "calendar.events.patch",
            () => new HttpRequestMessage(HttpMethod.Patch, $"{EventsPath(calendarId)}/{Escape(eventId)}?conferenceDataVersion=1&sendUpdates={SendUpdates(notify)}")
            {
                Content = Json(body, CalendarJsonContext.Default.GoogleEvent),
            },
            CalendarJsonContext.Default.GoogleEvent,
            retryServerErrors: true,
            cancellationToken).ConfigureAwait(false))!;

    /// <summary><c>events.delete</c> (answers 204).</summary>
    public Task DeleteEventAsync(Id<MailboxAccount> accountId, string calendarId, string eventId, AttendeeNotifications notify, CancellationToken cancellationToken) =>
        CallAsync<GoogleEvent>(
            accountId,
            "calendar.events.delete",
            () => new HttpRequestMessage(HttpMethod.Delete, $"{EventsPath(calendarId)}/{Escape(eventId)}?sendUpdates={SendUpdates(notify)}"),
            responseType: null,
            retryServerErrors: true,
            cancellationToken);

    /// <summary>
    /// <c>events.list</c> for a sync: single events (recurrences expanded), with <c>syncToken</c> for an incremental sync
    /// and nothing that cannot be combined with it (no <c>timeMin</c>, <c>timeMax</c>, <c>q</c>, <c>orderBy</c>…).
    /// </summary>
    public async Task<GoogleEvents> ListEventsAsync(Id<MailboxAccount> accountId, string calendarId, string? syncToken, string? pageToken, CancellationToken cancellationToken)
    {
        var uri = $"{EventsPath(calendarId)}?singleEvents=true&maxResults={_options.Calendar.SyncPageSize.ToString(CultureInfo.InvariantCulture)}"
            + (syncToken is null ? string.Empty : "&syncToken=" + Escape(syncToken))
            + (pageToken is null ? string.Empty : "&pageToken=" + Escape(pageToken));
        return (await CallAsync(accountId, "calendar.events.list", () => new HttpRequestMessage(HttpMethod.Get, uri), CalendarJsonContext.Default.GoogleEvents, retryServerErrors: true, cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary><c>freeBusy.query</c> (at most 50 calendars; the caller splits).</summary>
    public async Task<GoogleFreeBusyResponse> QueryFreeBusyAsync(Id<MailboxAccount> accountId, GoogleFreeBusyRequest body, CancellationToken cancellationToken) =>
        (await CallAsync(
            accountId,
            "calendar.freebusy.query",
            () => new HttpRequestMessage(HttpMethod.Post, ServicePath + "freeBusy") { Content = Json(body, CalendarJsonContext.Default.GoogleFreeBusyRequest) },
            CalendarJsonContext.Default.GoogleFreeBusyResponse,
            retryServerErrors: true,
            cancellationToken).ConfigureAwait(false))!;

    /// <summary><c>events.watch</c>: not retried on 5xx (a channel may have been made; the caller starts a new one with a new id).</summary>
    public async Task<GoogleChannel> WatchEventsAsync(Id<MailboxAccount> accountId, string calendarId, GoogleChannel body, CancellationToken cancellationToken) =>
        (await CallAsync(
            accountId,
            "calendar.events.watch",
            () => new HttpRequestMessage(HttpMethod.Post, $"{EventsPath(calendarId)}/watch") { Content = Json(body, CalendarJsonContext.Default.GoogleChannel) },
            CalendarJsonContext.Default.GoogleChannel,
            retryServerErrors: false,
            cancellationToken).ConfigureAwait(false))!;

    /// <summary><c>channels.stop</c>.</summary>
    public Task StopChannelAsync(Id<MailboxAccount> accountId, string channelId, string resourceId, CancellationToken cancellationToken) =>
        CallAsync<GoogleChannel>(
            accountId,
            "calendar.channels.stop",
            () => new HttpRequestMessage(HttpMethod.Post, ServicePath + "channels/stop")
            {
                Content = Json(new GoogleChannel { Id = channelId, ResourceId = resourceId }, CalendarJsonContext.Default.GoogleChannel),
            },
            responseType: null,
            retryServerErrors: true,
            cancellationToken);

    private static string SendUpdates(AttendeeNotifications notify) => notify switch
    {
        AttendeeNotifications.All => "all",
        AttendeeNotifications.ExternalOnly => "externalOnly",
        AttendeeNotifications.None => "none",
        _ => throw new ArgumentOutOfRangeException(nameof(notify), notify, $"Unknown attendee notification setting {notify}."),
    };
}
