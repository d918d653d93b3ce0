using System.Text.RegularExpressions;

namespace AutoMeet.Diagnostics;

/// <summary>
/// Redacts e-mail addresses for logs: the local part keeps its first character and becomes <c>***</c>, the domain is
/// kept (useful for deliverability diagnostics, and not personal on its own): <c>ada.lovelace@example.com</c> becomes
/// <c>a***@example.com</c>. Text around addresses is kept as is.
/// </summary>
/// <remarks>
/// Log values must still not be message bodies or tokens; this is for the identifiers that do reach logs (a recipient
/// in an error, a header). Hosts that use <c>Microsoft.Extensions.Compliance.Redaction</c> get the same rule through
/// <see cref="EmailAddressRedactor"/> and <see cref="AutoMeetDataClassifications.EmailAddress"/>.
/// </remarks>
public static partial class EmailRedaction
{
    /// <summary>What replaces the rest of the local part.</summary>
    public const string Mask = "***";

    /// <summary>Redacts every e-mail address in a value.</summary>
    /// <param name="value">The value (may be <see langword="null"/>).</param>
    /// <returns>The value with each address redacted; <see cref="string.Empty"/> for <see langword="null"/>.</returns>
    public static string Redact(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        return value.Contains('@', StringComparison.Ordinal) ? Address().Replace(value, m => RedactOne(m.Groups["local"].Value, m.Groups["domain"].Value)) : value;
    }

    private static string RedactOne(string local, string domain)
    {
        // A quoted local part ("a b"@x) keeps no character of its content.
        var first = local.Length > 0 && local[0] != '"' ? local[..1] : string.Empty;
        return $"{first}{Mask}@{domain}";
    }

    [GeneratedRegex("""(?<local>"[^"\r\n]*"|[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-\p{L}\p{N}]+)@(?<domain>[A-Za-z0-9\p{L}\p{N}](?:[A-Za-z0-9\p{L}\p{N}\-.]*[A-Za-z0-9\p{L}\p{N}])?)""", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Address();
}
