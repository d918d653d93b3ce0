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
        if (at <= 0 || at == address.Length - 1 || address.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException("The value is not an e-mail address: it needs a local part, '@' and a domain, and no spaces.", parameterName);
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
