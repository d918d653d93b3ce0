using System.Net.Mail;

namespace AutoMeet.Prospects;

/// <summary>Checks e-mail address syntax: <see cref="MailAddress"/> plus stricter rules for outreach addresses.</summary>
internal static class EmailSyntax
{
    private const int MaxLocalPartLength = 64;
    private const int MaxLabelLength = 63;

    /// <summary>Whether <paramref name="address"/> (already trimmed) is a plain <c>local@domain.tld</c> address.</summary>
    public static bool IsValid(string address)
    {
        if (address.Length is 0 or > Prospect.MaxEmailLength)
        {
            return false;
        }

        var at = address.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at > MaxLocalPartLength || at != address.LastIndexOf('@') || address.Any(char.IsWhiteSpace))
        {
            return false;
        }

        // MailAddress also accepts display names ("Bob <bob@x.org>") and comments; the parsed address must be the input.
        if (!MailAddress.TryCreate(address, out var parsed)
            || parsed.DisplayName.Length != 0
            || !string.Equals(parsed.Address, address, StringComparison.Ordinal))
        {
            return false;
        }

        return IsValidDomain(address.AsSpan(at + 1));
    }

    private static bool IsValidDomain(ReadOnlySpan<char> domain)
    {
        if (domain.IndexOf('.') < 0)
        {
            return false;
        }

        var allDigitsInLastLabel = true;
        foreach (var range in domain.Split('.'))
        {
            var label = domain[range];
            if (label.Length is 0 or > MaxLabelLength || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            allDigitsInLastLabel = true;
            foreach (var c in label)
            {
                if (c != '-' && !char.IsLetterOrDigit(c))
                {
                    return false;
                }

                allDigitsInLastLabel &= char.IsAsciiDigit(c);
            }
        }

        return !allDigitsInLastLabel;
    }
}
