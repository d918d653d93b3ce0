using System.Net;
using AutoMeet.Accounts;
using AutoMeet.Calendars;

namespace AutoMeet.Google.Calendar;

/// <summary>Incremental sync: <c>events.list</c> paged to its <c>nextSyncToken</c>; a 410 Gone token yields a full re-sync.</summary>
internal sealed partial class GoogleCalendar
{
    /// <inheritdoc/>
    /// <remarks>
    /// Lists single events (recurrences expanded) page by page and returns the <c>nextSyncToken</c> of the last page.
    /// When Google answers 410 Gone (<c>fullSyncRequired</c>) for the token, the calendar is listed again from scratch
    /// and the result is flagged <see cref="CalendarChanges.IsFullResync"/>, so the caller replaces what it stored.
    /// </remarks>
    public async Task<CalendarChanges> GetChangesAsync(Id<MailboxAccount> accountId, string calendarId, string? syncToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(calendarId);
        if (syncToken is not null)
        {
            try
            {
                return await ListAsync(accountId, calendarId, syncToken, cancellationToken).ConfigureAwait(false);
            }
            catch (GoogleCalendarApiException ex) when (ex.StatusCode == HttpStatusCode.Gone)
            {
                CalendarLog.SyncTokenExpired(_logger, calendarId, accountId);
            }
        }

        return await ListAsync(accountId, calendarId, syncToken: null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<CalendarChanges> ListAsync(Id<MailboxAccount> accountId, string calendarId, string? syncToken, CancellationToken cancellationToken)
    {
        var changes = new List<CalendarEventChange>();
        string? pageToken = null;
        while (true)
        {
            var page = await _client.ListEventsAsync(accountId, calendarId, syncToken, pageToken, cancellationToken).ConfigureAwait(false);
            changes.AddRange((page.Items ?? []).Where(e => e.Id is not null).Select(e => CalendarMapping.ToChange(e, page.TimeZone)));
            pageToken = page.NextPageToken;
            if (pageToken is null)
            {
                var next = page.NextSyncToken
                    ?? throw new GoogleCalendarApiException("calendar.events.list", HttpStatusCode.OK, "missingNextSyncToken");
                return new CalendarChanges(changes, next, IsFullResync: syncToken is null);
            }
        }
    }
}
