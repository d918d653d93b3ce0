using AutoMeet.Accounts;

namespace AutoMeet.Calendars;

/// <summary>Represents the result of one sync of one calendar, to be stored atomically with its new token.</summary>
/// <param name="AccountId">The account.</param>
/// <param name="CalendarId">The calendar.</param>
/// <param name="ExpectedSyncToken">The token the sync started from (<see langword="null"/> when the calendar was never synced); the store refuses the update if another sync has moved it since.</param>
/// <param name="Changes">What the provider reported.</param>
public sealed record CalendarSyncUpdate(Id<MailboxAccount> AccountId, string CalendarId, string? ExpectedSyncToken, CalendarChanges Changes);
