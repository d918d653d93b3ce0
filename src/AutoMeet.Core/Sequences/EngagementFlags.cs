namespace AutoMeet.Sequences;

/// <summary>Represents what is known about a prospect's engagement, as input to the <see cref="ISequencePlanner"/>.</summary>
[Flags]
public enum EngagementFlags
{
    /// <summary>Nothing happened.</summary>
    None = 0,

    /// <summary>The prospect replied.</summary>
    Replied = 1,

    /// <summary>The prospect opened an e-mail.</summary>
    Opened = 2,

    /// <summary>The prospect clicked a tracked link.</summary>
    Clicked = 4,

    /// <summary>Someone at the prospect's company replied.</summary>
    CompanyReplied = 8,

    /// <summary>A meeting was booked with the prospect.</summary>
    MeetingBooked = 16,

    /// <summary>The prospect unsubscribed.</summary>
    Unsubscribed = 32,

    /// <summary>The prospect's address bounced.</summary>
    Bounced = 64,
}
