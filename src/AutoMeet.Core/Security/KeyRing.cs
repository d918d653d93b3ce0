using System.Security.Cryptography;

namespace AutoMeet.Security;

/// <summary>The decoded keys of a <see cref="SecretProtectionOptions"/>, with the active one.</summary>
internal sealed class KeyRing
{
    internal const int KeySize = 32;

    private readonly Dictionary<string, byte[]> _keys;

    private KeyRing(Dictionary<string, byte[]> keys, string activeKeyId, bool isEphemeral)
    {
        _keys = keys;
        ActiveKeyId = activeKeyId;
        IsEphemeral = isEphemeral;
    }

    public string ActiveKeyId { get; }

    public byte[] ActiveKey => _keys[ActiveKeyId];

    /// <summary>Gets a value indicating whether the ring is a per-process development key (secrets do not survive a restart).</summary>
    public bool IsEphemeral { get; }

    public static KeyRing From(SecretProtectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Keys.Count == 0)
        {
            var id = "dev-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
            return new KeyRing(new Dictionary<string, byte[]>(StringComparer.Ordinal) { [id] = RandomNumberGenerator.GetBytes(KeySize) }, id, isEphemeral: true);
        }

        var keys = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (keyId, value) in options.Keys)
        {
            // The options validator has already reported bad entries at start-up; this guards direct construction.
            if (!IsValidKeyId(keyId) || !TryDecodeKey(value, out var key))
            {
                throw new InvalidOperationException($"{SecretProtectionOptions.SectionName}:Keys:{keyId} is not a valid key entry.");
            }

            keys[keyId] = key;
        }

        var active = options.ActiveKeyId;
        if (active is null || !keys.ContainsKey(active))
        {
            throw new InvalidOperationException($"{SecretProtectionOptions.SectionName}:ActiveKeyId '{active}' is not one of the configured keys.");
        }

        return new KeyRing(keys, active, isEphemeral: false);
    }

    public bool TryGetKey(string keyId, out byte[] key) => _keys.TryGetValue(keyId, out key!);

    internal static bool IsValidKeyId(string keyId) =>
        keyId.Length is > 0 and <= 64 && keyId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    internal static bool TryDecodeKey(string? value, out byte[] key)
    {
        key = [];
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var buffer = new byte[KeySize + 3];
        if (!Convert.TryFromBase64String(value.Trim(), buffer, out var written) || written != KeySize)
        {
            return false;
        }

        key = buffer[..KeySize];
        return true;
    }
}
