namespace AutoMeet.Google.Calendar;

/// <summary>The outcome of checking a calendar push notification.</summary>
public enum CalendarPushStatus
{
    /// <summary>The notification is authentic: its token was signed by this app for its channel.</summary>
    Valid = 0,

    /// <summary>A required header (<c>X-Goog-Channel-ID</c>, <c>X-Goog-Channel-Token</c>, <c>X-Goog-Resource-State</c>) is missing.</summary>
    MissingHeaders = 1,

    /// <summary>The token is malformed, forged, or belongs to another channel.</summary>
    InvalidToken = 2,

    /// <summary>The token is authentic but its channel has expired.</summary>
    Expired = 3,

    /// <summary>The resource state is not one Google documents.</summary>
    UnknownResourceState = 4,
}
