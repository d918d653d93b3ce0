namespace AutoMeet.Compliance;

/// <summary>Represents the outcome of verifying a signed link token.</summary>
public enum LinkVerificationStatus
{
    /// <summary>The token is authentic, for the expected purpose and not expired.</summary>
    Valid = 0,

    /// <summary>The token is authentic but past its expiry.</summary>
    Expired = 1,

    /// <summary>The signature does not match, or the signing key is not in the key ring (forged or tampered).</summary>
    BadSignature = 2,

    /// <summary>The token is not in the token format at all.</summary>
    Malformed = 3,

    /// <summary>The token is authentic but was issued for another purpose.</summary>
    WrongPurpose = 4,
}
