namespace AutoMeet.Google.OAuth;

/// <summary>Represents the AutoMeet features a user grants Google access for; each maps to the fewest scopes it needs.</summary>
[Flags]
public enum GoogleFeatures
{
    /// <summary>Nothing beyond signing in (OpenID Connect: <c>openid email profile</c>).</summary>
    None = 0,

    /// <summary>Sending e-mail from the user's Gmail (<c>gmail.send</c>, sensitive).</summary>
    SendMail = 1,

    /// <summary>Reading replies, history and push notifications (<c>gmail.readonly</c>, restricted).</summary>
    ReadReplies = 2,

    /// <summary>Reading free/busy time (<c>calendar.freebusy</c>).</summary>
    ReadAvailability = 4,

    /// <summary>Creating, moving and cancelling events with Meet links (<c>calendar.events</c>, sensitive).</summary>
    BookMeetings = 8,

    /// <summary>Looking up the user's contacts (<c>contacts.readonly</c> and <c>contacts.other.readonly</c>, sensitive).</summary>
    ReadContacts = 16,

    /// <summary>Everything AutoMeet does.</summary>
    All = SendMail | ReadReplies | ReadAvailability | BookMeetings | ReadContacts,
}
