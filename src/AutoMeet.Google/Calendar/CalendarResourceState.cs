namespace AutoMeet.Google.Calendar;

/// <summary>What a calendar push notification reports (<c>X-Goog-Resource-State</c>).</summary>
public enum CalendarResourceState
{
    /// <summary><c>sync</c>: the first message of a new channel; nothing changed.</summary>
    Sync = 0,

    /// <summary><c>exists</c>: events of the calendar changed; run an incremental sync.</summary>
    Exists = 1,

    /// <summary><c>not_exists</c>: the watched resource was deleted.</summary>
    NotExists = 2,
}
