using AutoMeet.Accounts;
using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Calendars;

/// <summary>Represents how far one calendar has been synced: its sync token, stored with the changes it covers.</summary>
public sealed class CalendarSyncState : Entity<CalendarSyncState>
{
    /// <summary>Gets or sets the account the calendar belongs to.</summary>
    public Id<MailboxAccount> AccountId { get; set; }

    /// <summary>Gets or sets the calendar; unique per account.</summary>
    public string CalendarId { get; set; } = string.Empty;

    /// <summary>Gets or sets the provider's sync token after the last stored sync.</summary>
    public string SyncToken { get; set; } = string.Empty;

    /// <summary>Gets or sets when the last sync was stored.</summary>
    public Instant LastSyncedAt { get; set; }

    /// <summary>Gets or sets when the last full re-sync was stored.</summary>
    public Instant LastFullSyncAt { get; set; }
}
