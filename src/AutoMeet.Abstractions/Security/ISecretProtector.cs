using AutoMeet.Accounts;

namespace AutoMeet.Security;

/// <summary>
/// Encrypts secrets (OAuth tokens, signing material) for storage, and decrypts them. The purpose binds a cipher text to
/// its use: a secret protected for one purpose cannot be unprotected for another.
/// </summary>
/// <remarks>
/// Implementations are safe for concurrent use. They authenticate what they decrypt: tampered or foreign cipher text
/// raises <see cref="SecretProtectionException"/> and never yields a wrong plain text.
/// </remarks>
public interface ISecretProtector
{
    /// <summary>Encrypts a secret with the current key.</summary>
    /// <param name="plaintext">The secret.</param>
    /// <param name="purpose">What the secret is for (for example <c>google.refresh-token</c>); needed again to decrypt.</param>
    /// <returns>The encrypted secret.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plaintext"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="purpose"/> is blank.</exception>
    EncryptedSecret Protect(string plaintext, string purpose);

    /// <summary>Decrypts a secret protected by <see cref="Protect"/> with any key still in the key ring.</summary>
    /// <param name="secret">The encrypted secret.</param>
    /// <param name="purpose">The purpose it was protected for.</param>
    /// <returns>The secret.</returns>
    /// <exception cref="ArgumentException"><paramref name="purpose"/> is blank.</exception>
    /// <exception cref="SecretProtectionException">The cipher text is malformed, tampered with, was protected for another purpose or with a key no longer in the ring.</exception>
    string Unprotect(EncryptedSecret secret, string purpose);

    /// <summary>Tells whether a secret was protected with a key other than the current one, so it should be re-protected (lazy key rotation).</summary>
    /// <param name="secret">The encrypted secret.</param>
    /// <returns><see langword="true"/> if re-protecting would use a different key or format.</returns>
    bool NeedsReprotect(EncryptedSecret secret);
}
