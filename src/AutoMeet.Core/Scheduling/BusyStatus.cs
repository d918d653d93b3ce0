namespace AutoMeet.Scheduling;

/// <summary>Represents what a busy interval is.</summary>
public enum BusyStatus
{
    /// <summary>A confirmed event (a calendar event or a meeting AutoMeet booked); always blocks.</summary>
    Busy = 0,

    /// <summary>A tentative event; blocks when <see cref="MeetingSettings.TentativeIsBusy"/> is set.</summary>
    Tentative = 1,

    /// <summary>An event marked free (transparent); blocks only when <see cref="MeetingSettings.TransparentIsBusy"/> is set.</summary>
    Free = 2,

    /// <summary>Time held by a pending proposal AutoMeet sent; always blocks.</summary>
    Held = 3,
}
