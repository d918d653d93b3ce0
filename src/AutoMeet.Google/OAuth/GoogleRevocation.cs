namespace AutoMeet.Google.OAuth;

/// <summary>What Google said when a disconnected account's token was revoked.</summary>
public enum GoogleRevocation
{
    /// <summary>Google revoked the grant: AutoMeet's access to the account is gone.</summary>
    Revoked,

    /// <summary>Google no longer knew the token (<c>400 invalid_token</c>): the grant was already revoked or expired.</summary>
    AlreadyRevoked,

    /// <summary>No token was stored (the account was already disconnected), so there was nothing to revoke.</summary>
    NoToken,

    /// <summary>
    /// Google could not be reached or refused for another reason: the account is disconnected in AutoMeet, but the
    /// owner should remove AutoMeet's access at https://myaccount.google.com/permissions.
    /// </summary>
    Failed,
}
