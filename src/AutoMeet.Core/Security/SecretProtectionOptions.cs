namespace AutoMeet.Security;

/// <summary>
/// Gets or sets the key ring that encrypts secrets at rest (OAuth tokens). Bind it from the
/// <c>AutoMeet:SecretProtection</c> configuration section and keep the keys out of source control.
/// </summary>
/// <remarks>
/// To rotate: add a new key, make it <see cref="ActiveKeyId"/>, and keep the old keys until every stored secret has been
/// re-protected (<see cref="ISecretProtector.NeedsReprotect"/>). With no keys at all, a development key ring is used: a
/// random key per process, so secrets do not survive a restart (a warning is logged).
/// </remarks>
public sealed class SecretProtectionOptions
{
    /// <summary>The configuration section the options are usually bound from.</summary>
    public const string SectionName = "AutoMeet:SecretProtection";

    /// <summary>Gets the keys: key id (letters, digits, '-', '_' or '.') → base64 of a 256-bit key.</summary>
    /// <value>The default value is an empty ring (development mode).</value>
    public IDictionary<string, string> Keys { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Gets or sets the id of the key new secrets are encrypted with; must be one of <see cref="Keys"/>.</summary>
    /// <value>The default value is <see langword="null"/> (required once <see cref="Keys"/> is not empty).</value>
    public string? ActiveKeyId { get; set; }
}
