namespace AutoMeet.Compliance;

/// <summary>
/// Signs and verifies the tokens of e-mailed links with HMAC-SHA256. Tokens are URL-safe:
/// <c>v1.{keyId}.{base64url(payload)}.{base64url(mac)}</c>.
/// </summary>
/// <remarks>Implementations are safe for concurrent use and never throw for a forged or garbled token.</remarks>
public interface ILinkSigner
{
    /// <summary>Signs a payload with the active key.</summary>
    /// <param name="payload">The payload.</param>
    /// <returns>The URL-safe token.</returns>
    /// <exception cref="ArgumentException">The purpose is blank, or a subject is <see langword="null"/>.</exception>
    string Sign(LinkTokenPayload payload);

    /// <summary>Verifies a token against any key of the ring, then its purpose, then its expiry.</summary>
    /// <param name="token">The token from the link (may be anything).</param>
    /// <param name="expectedPurpose">The purpose the caller acts on.</param>
    /// <returns>The typed outcome.</returns>
    LinkVerification Verify(string? token, string expectedPurpose);
}
