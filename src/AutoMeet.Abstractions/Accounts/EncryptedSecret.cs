namespace AutoMeet.Accounts;

/// <summary>
/// Represents a secret (an OAuth token, a signing key) in its encrypted form, as the store keeps it. The type keeps
/// cipher text from being mistaken for, or logged as, a plain string; <see cref="ToString"/> never shows it.
/// </summary>
/// <param name="CipherText">The encrypted value, including whatever key id the encryptor needs to decrypt it.</param>
public readonly record struct EncryptedSecret(string CipherText)
{
    /// <summary>Returns a fixed placeholder, so secrets never reach logs through string formatting.</summary>
    /// <returns>The text <c>***</c>.</returns>
    public override string ToString() => "***";
}
