using System.Security.Cryptography;
using AutoMeet.Security;

namespace AutoMeet.Compliance;

/// <summary>The decoded HMAC keys of a <see cref="LinkSigningOptions"/>, with the active one.</summary>
internal sealed class LinkKeyRing
{
    private readonly Dictionary<string, byte[]> _keys;

    private LinkKeyRing(Dictionary<string, byte[]> keys, string activeKeyId, bool isEphemeral)
    {
        _keys = keys;
        ActiveKeyId = activeKeyId;
        IsEphemeral = isEphemeral;
    }

    public string ActiveKeyId { get; }

    public byte[] ActiveKey => _keys[ActiveKeyId];

    public bool IsEphemeral { get; }

    public static LinkKeyRing From(LinkSigningOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Keys.Count == 0)
        {
            var id = "dev-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
            return new LinkKeyRing(new Dictionary<string, byte[]>(StringComparer.Ordinal) { [id] = RandomNumberGenerator.GetBytes(KeyRing.KeySize) }, id, isEphemeral: true);
        }

        var keys = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (keyId, value) in options.Keys)
        {
            // The options validator reports bad entries at start-up; this guards direct construction.
            if (!IsValidKeyId(keyId) || !KeyRing.TryDecodeKey(value, out var key))
            {
                throw new InvalidOperationException($"{LinkSigningOptions.SectionName}:Keys:{keyId} is not a valid key entry.");
            }

            keys[keyId] = key;
        }

        var active = options.ActiveKeyId;
        if (active is null || !keys.ContainsKey(active))
        {
            throw new InvalidOperationException($"{LinkSigningOptions.SectionName}:ActiveKeyId '{active}' is not one of the configured keys.");
        }

        return new LinkKeyRing(keys, active, isEphemeral: false);
    }

    public bool TryGetKey(string keyId, out byte[] key) => _keys.TryGetValue(keyId, out key!);

    /// <summary>Key ids appear in tokens between '.' separators, so '.' is not allowed (unlike secret-protection key ids).</summary>
    internal static bool IsValidKeyId(string keyId) =>
        keyId.Length is > 0 and <= 64 && keyId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
