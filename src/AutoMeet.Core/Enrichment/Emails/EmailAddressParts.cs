namespace AutoMeet.Enrichment.Emails;

/// <summary>Represents a syntactically valid address split into its parts.</summary>
/// <param name="LocalPart">The local part as written (quotes kept for a quoted local part; case kept: RFC 5321 leaves it to the receiving server).</param>
/// <param name="Domain">The domain in ASCII (IDN labels converted to punycode), lower case.</param>
/// <param name="UnicodeDomain">The domain in Unicode, lower case (equal to <paramref name="Domain"/> for ASCII domains).</param>
/// <param name="IsQuoted">Whether the local part is a quoted string (<c>"john doe"@example.com</c>).</param>
public sealed record EmailAddressParts(string LocalPart, string Domain, string UnicodeDomain, bool IsQuoted)
{
    /// <summary>Gets the normalised address: the local part as written, <c>@</c>, the ASCII domain.</summary>
    public string Address => $"{LocalPart}@{Domain}";

    /// <summary>Gets the local part lower-cased, without surrounding quotes and without a <c>+tag</c>; used for role detection and duplicate checks.</summary>
    public string MailboxName
    {
        get
        {
            var local = IsQuoted ? LocalPart[1..^1] : LocalPart;
            var plus = local.IndexOf('+', StringComparison.Ordinal);
            return (plus > 0 ? local[..plus] : local).ToLowerInvariant();
        }
    }
}
