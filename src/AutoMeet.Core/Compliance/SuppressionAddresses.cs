using System.Security.Cryptography;
using System.Text;

namespace AutoMeet.Compliance;

/// <summary>Normalises addresses and domains for the suppression list, and hashes erased addresses.</summary>
internal static class SuppressionAddresses
{
    private const string HashVersion = "automeet-suppression-v1";

    public static string NormalizeAddress(string emailAddress, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(emailAddress, parameterName);
        var address = emailAddress.Trim().ToLowerInvariant();
        var at = address.LastIndexOf('@');
        // Spaces are allowed only inside a quoted local part ("john doe"@example.com, RFC 5322 §3.4.1).
        var quotedEnd = address[0] == '"' ? address.LastIndexOf('"', at) : -1;
        if (at <= 0 || at == address.Length - 1 || (quotedEnd > 0 ? quotedEnd != at - 1 || address[at..].Any(char.IsWhiteSpace) : address.Any(char.IsWhiteSpace)))
        {
            throw new ArgumentException("The value is not an e-mail address: it needs a local part, '@' and a domain, and no spaces outside a quoted local part.", parameterName);
        }

        return address;
    }

    public static string NormalizeDomain(string domain, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(domain, parameterName);
        var value = domain.Trim().TrimStart('@').TrimEnd('.').ToLowerInvariant();
        if (value.Length == 0 || value.Contains('@', StringComparison.Ordinal) || value.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException("The value is not a domain: use for example 'example.com', without '@' or spaces.", parameterName);
        }

        return value;
    }

    public static string Hash(UserId ownerId, string normalizedAddress) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{HashVersion}\0{ownerId.Value}\0{normalizedAddress}")));
}
