namespace AutoMeet.Campaigns;

/// <summary>Represents how a meeting a prospect accepted gets booked.</summary>
public enum ApprovalMode
{
    /// <summary>Use the owner's default (campaigns only).</summary>
    Inherit = 0,

    /// <summary>The owner approves every booking through a signed link.</summary>
    RequireApproval = 1,

    /// <summary>Bookings above the confidence threshold are made without asking.</summary>
    Autonomous = 2,
}
