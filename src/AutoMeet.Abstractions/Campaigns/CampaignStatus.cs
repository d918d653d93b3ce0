namespace AutoMeet.Campaigns;

/// <summary>Represents where a campaign is in its lifecycle.</summary>
public enum CampaignStatus
{
    /// <summary>Being written; nothing is sent.</summary>
    Draft = 0,

    /// <summary>Has a start; enrollments begin when it is reached.</summary>
    Scheduled = 1,

    /// <summary>Sending.</summary>
    Active = 2,

    /// <summary>Stopped for now; pending steps are shifted, not burst, on resume.</summary>
    Paused = 3,

    /// <summary>Every enrollment has finished.</summary>
    Completed = 4,

    /// <summary>Stopped for good before completing.</summary>
    Cancelled = 5,

    /// <summary>Kept for reporting only.</summary>
    Archived = 6,
}
