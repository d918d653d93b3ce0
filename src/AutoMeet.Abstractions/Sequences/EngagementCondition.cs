namespace AutoMeet.Sequences;

/// <summary>Represents an engagement test used by condition steps.</summary>
public enum EngagementCondition
{
    /// <summary>No condition.</summary>
    None = 0,

    /// <summary>The prospect replied.</summary>
    Replied = 1,

    /// <summary>The prospect did not reply.</summary>
    NotReplied = 2,

    /// <summary>The prospect opened an e-mail (unreliable: privacy proxies open mail).</summary>
    Opened = 3,

    /// <summary>The prospect did not open any e-mail.</summary>
    NotOpened = 4,

    /// <summary>The prospect clicked a tracked link.</summary>
    Clicked = 5,

    /// <summary>The prospect clicked no tracked link.</summary>
    NotClicked = 6,
}
