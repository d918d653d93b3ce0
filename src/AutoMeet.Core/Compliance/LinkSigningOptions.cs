namespace AutoMeet.Compliance;

/// <summary>
/// Gets or sets the HMAC key ring that signs e-mailed links (unsubscribe, approvals, tracking). Bind it from the
/// <c>AutoMeet:LinkSigning</c> configuration section and keep the keys out of source control.
/// </summary>
/// <remarks>
/// To rotate: add a new key and make it <see cref="ActiveKeyId"/>; keep the old key until the links it signed have expired.
/// With no keys at all, a random key per process is used (a warning is logged), so links do not survive a restart.
/// </remarks>
public sealed class LinkSigningOptions
{
    /// <summary>The configuration section the options are usually bound from.</summary>
    public const string SectionName = "AutoMeet:LinkSigning";

    /// <summary>Gets the keys: key id (letters, digits, '-' or '_') → base64 of a 256-bit key.</summary>
    /// <value>The default value is an empty ring (development mode).</value>
    public IDictionary<string, string> Keys { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Gets or sets the id of the key new links are signed with; must be one of <see cref="Keys"/>.</summary>
    /// <value>The default value is <see langword="null"/> (required once <see cref="Keys"/> is not empty).</value>
    public string? ActiveKeyId { get; set; }
}
