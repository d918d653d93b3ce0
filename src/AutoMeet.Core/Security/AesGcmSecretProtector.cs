using System.Security.Cryptography;
using System.Text;
using AutoMeet.Accounts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AutoMeet.Security;

/// <summary>
/// Encrypts secrets with AES-256-GCM. Cipher text is <c>v1:{keyId}:{base64(nonce | ciphertext | tag)}</c>; the format
/// version, key id and purpose are the associated data, so a secret only decrypts for the purpose it was protected for.
/// New secrets use the active key; any key of the ring decrypts.
/// </summary>
internal sealed class AesGcmSecretProtector : ISecretProtector
{
    private const string Version = "v1";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly KeyRing _ring;
    private readonly ILogger _logger;

    public AesGcmSecretProtector(IOptions<SecretProtectionOptions> options, ILogger<AesGcmSecretProtector>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _ring = KeyRing.From(options.Value);
        if (_ring.IsEphemeral)
        {
            SecretProtectionLog.UsingEphemeralKey(_logger, _ring.ActiveKeyId);
        }
    }

    /// <summary>Gets a value indicating whether this protector uses a per-process development key.</summary>
    public bool IsEphemeral => _ring.IsEphemeral;

    public EncryptedSecret Protect(string plaintext, string purpose)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);

        var keyId = _ring.ActiveKeyId;
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var payload = new byte[NonceSize + plain.Length + TagSize];
        var nonce = payload.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(_ring.ActiveKey, TagSize))
        {
            aes.Encrypt(nonce, plain, payload.AsSpan(NonceSize, plain.Length), payload.AsSpan(NonceSize + plain.Length), AssociatedData(keyId, purpose));
        }

        CryptographicOperations.ZeroMemory(plain);
        return new EncryptedSecret($"{Version}:{keyId}:{Convert.ToBase64String(payload)}");
    }

    public string Unprotect(EncryptedSecret secret, string purpose)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        if (!TryParse(secret, out var keyId, out var payloadText))
        {
            throw Fail(purpose, "the cipher text is not in the 'v1:{keyId}:{payload}' format");
        }

        if (!_ring.TryGetKey(keyId, out var key))
        {
            throw Fail(purpose, $"key '{keyId}' is not in the key ring (was it removed before every secret was re-protected?)");
        }

        byte[] payload;
        try
        {
            payload = Convert.FromBase64String(payloadText);
        }
        catch (FormatException)
        {
            throw Fail(purpose, "the payload is not base64");
        }

        if (payload.Length < NonceSize + TagSize)
        {
            throw Fail(purpose, "the payload is too short");
        }

        var cipherLength = payload.Length - NonceSize - TagSize;
        var plain = new byte[cipherLength];
        try
        {
            using var aes = new AesGcm(key, TagSize);
            aes.Decrypt(
                payload.AsSpan(0, NonceSize),
                payload.AsSpan(NonceSize, cipherLength),
                payload.AsSpan(NonceSize + cipherLength),
                plain,
                AssociatedData(keyId, purpose));
            return Encoding.UTF8.GetString(plain);
        }
        catch (AuthenticationTagMismatchException ex)
        {
            throw Fail(purpose, "authentication failed (tampered, or protected for another purpose)", ex);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }
    }

    public bool NeedsReprotect(EncryptedSecret secret) =>
        !TryParse(secret, out var keyId, out _) || !string.Equals(keyId, _ring.ActiveKeyId, StringComparison.Ordinal);

    private static bool TryParse(EncryptedSecret secret, out string keyId, out string payload)
    {
        keyId = payload = string.Empty;
        var text = secret.CipherText;
        if (string.IsNullOrEmpty(text) || !text.StartsWith(Version + ":", StringComparison.Ordinal))
        {
            return false;
        }

        var separator = text.IndexOf(':', Version.Length + 1);
        if (separator < 0)
        {
            return false;
        }

        keyId = text[(Version.Length + 1)..separator];
        payload = text[(separator + 1)..];
        return keyId.Length > 0 && payload.Length > 0;
    }

    private static byte[] AssociatedData(string keyId, string purpose) => Encoding.UTF8.GetBytes($"{Version}\0{keyId}\0{purpose}");

    private SecretProtectionException Fail(string purpose, string reason, Exception? inner = null)
    {
        SecretProtectionLog.UnprotectFailed(_logger, purpose, reason);
        return new SecretProtectionException($"A secret for purpose '{purpose}' could not be decrypted: {reason}.", inner);
    }
}
