using AutoMeet.Accounts;
using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Calendars;

/// <summary>
/// Represents one event of a connected calendar as last synced: the busy time the availability core reads instead
/// of asking the provider on every proposal. Unique per account, calendar and event.
/// </summary>
public sealed class CalendarBusyBlock : Entity<CalendarBusyBlock>
{
    /// <summary>Gets or sets the account the calendar belongs to.</summary>
    public Id<MailboxAccount> AccountId { get; set; }

    /// <summary>Gets or sets the calendar.</summary>
    public string CalendarId { get; set; } = string.Empty;

    /// <summary>Gets or sets the provider's event id.</summary>
    public string EventId { get; set; } = string.Empty;

    /// <summary>Gets or sets the start.</summary>
    public Instant Start { get; set; }

    /// <summary>Gets or sets the end (after <see cref="Start"/>).</summary>
    public Instant End { get; set; }

    /// <summary>Gets or sets a value indicating whether the owner's attendance is only tentative.</summary>
    public bool IsTentative { get; set; }

    /// <summary>Gets or sets a value indicating whether the event is marked free (transparent).</summary>
    public bool IsTransparent { get; set; }
}
