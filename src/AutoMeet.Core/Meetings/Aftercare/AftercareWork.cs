namespace AutoMeet.Meetings.Aftercare;

/// <summary>The kinds of work items the meeting aftercare queues and handles.</summary>
public static class AftercareWork
{
    /// <summary>Plans the reminders due before the next scan (one item per <see cref="MeetingAftercareOptions.ReminderScanInterval"/>, keyed by the period).</summary>
    public const string ReminderScan = "meeting.reminder-scan";

    /// <summary>Sends one reminder (owner and prospect) at its moment; the key names the meeting, the offset and the start.</summary>
    public const string Reminder = "meeting.reminder";

    /// <summary>Offers a no-show prospect new times, once; key and payload are the no-show meeting's id.</summary>
    public const string NoShowFollowUp = "meeting.no-show-follow-up";
}
