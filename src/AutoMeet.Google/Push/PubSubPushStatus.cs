namespace AutoMeet.Google.Push;

/// <summary>The outcome of checking the OIDC token of a Pub/Sub push request.</summary>
public enum PubSubPushStatus
{
    /// <summary>The token is Google-signed for the expected audience and service account, and current.</summary>
    Valid = 0,

    /// <summary>There is no <c>Authorization: Bearer</c> token.</summary>
    MissingToken = 1,

    /// <summary>The audience or service account to expect is not configured, so no token can be accepted.</summary>
    NotConfigured = 2,

    /// <summary>The token is not a well-formed JWT.</summary>
    Malformed = 3,

    /// <summary>The token is unsigned, or not signed by one of the trusted keys.</summary>
    InvalidSignature = 4,

    /// <summary>The token has expired (or claims to be issued in the future).</summary>
    Expired = 5,

    /// <summary>The token was issued for another audience.</summary>
    WrongAudience = 6,

    /// <summary>The token was not issued by Google's accounts service.</summary>
    WrongIssuer = 7,

    /// <summary>The token names another service account, or one whose e-mail is not verified.</summary>
    WrongServiceAccount = 8,
}
