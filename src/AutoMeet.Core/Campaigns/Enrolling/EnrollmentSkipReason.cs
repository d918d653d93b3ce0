namespace AutoMeet.Campaigns.Enrolling;

/// <summary>Represents why a prospect was not enrolled.</summary>
public enum EnrollmentSkipReason
{
    /// <summary>No such prospect.</summary>
    NotFound = 0,

    /// <summary>The prospect belongs to another owner.</summary>
    OtherOwner = 1,

    /// <summary>The prospect is already enrolled in this campaign.</summary>
    AlreadyEnrolled = 2,

    /// <summary>The prospect is active in another campaign and the request does not allow that.</summary>
    ActiveInOtherCampaign = 3,

    /// <summary>The address is on the suppression list.</summary>
    Suppressed = 4,

    /// <summary>The address is not a valid e-mail address.</summary>
    InvalidAddress = 5,

    /// <summary>The company already has as many people contacted as the cap allows.</summary>
    CompanyCapReached = 6,

    /// <summary>The prospect appears more than once in the request; it is enrolled once.</summary>
    DuplicateInRequest = 7,

    /// <summary>The address's validation verdict is worse than the request allows (<see cref="EnrollmentRequest.MaximumVerdict"/>).</summary>
    AddressVerdict = 8,
}
