namespace AutoMeet.Sequences;

/// <summary>Represents why an enrollment stopped before its last step.</summary>
public enum StopReason
{
    /// <summary>Not stopped.</summary>
    None = 0,

    /// <summary>The prospect replied.</summary>
    Replied = 1,

    /// <summary>Someone at the prospect's company replied.</summary>
    CompanyReplied = 2,

    /// <summary>A meeting was booked.</summary>
    MeetingBooked = 3,

    /// <summary>The prospect clicked a link (when the sequence stops on clicks).</summary>
    Clicked = 4,

    /// <summary>The prospect unsubscribed.</summary>
    Unsubscribed = 5,

    /// <summary>The address bounced.</summary>
    Bounced = 6,

    /// <summary>Stopped by the owner or with the campaign.</summary>
    Manual = 7,
}
