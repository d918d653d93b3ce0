using System.Globalization;
using System.Text;

namespace AutoMeet.Enrichment.Emails;

/// <summary>
/// Parses an address per RFC 5321/5322 (addr-spec only: no display name, comments or folding white space):
/// a dot-atom or quoted-string local part of at most 64 octets, <c>@</c>, and a host name whose Unicode labels are
/// converted with <see cref="IdnMapping"/> (STD3 rules); at most 254 octets in all. Address literals are refused.
/// </summary>
internal static class EmailAddressParser
{
    public const int MaxAddressLength = 254;
    public const int MaxLocalPartLength = 64;
    public const int MaxDomainLength = 253;
    public const int MaxLabelLength = 63;
    private const string Atext = "!#$%&'*+-/=?^_`{|}~";

    public static EmailAddressParts? Parse(string? input, List<EmailIssue> issues)
    {
        var text = input?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            issues.Add(new(EmailIssueCode.InvalidSyntax, "The address is empty."));
            return null;
        }

        var at = text[0] == '"' ? QuotedEnd(text) + 1 : text.LastIndexOf('@');
        if (at <= 0 || at >= text.Length || text[at] != '@')
        {
            issues.Add(new(EmailIssueCode.InvalidSyntax, "The address needs exactly one '@' between a local part and a domain."));
            return null;
        }

        var local = text[..at];
        var quoted = local[0] == '"';
        var error = quoted ? CheckQuoted(local) : CheckDotAtom(local);
        if (error is not null)
        {
            issues.Add(new(EmailIssueCode.InvalidSyntax, error));
            return null;
        }

        if (Encoding.UTF8.GetByteCount(local) > MaxLocalPartLength)
        {
            issues.Add(new(EmailIssueCode.LocalPartTooLong, $"The local part is {Encoding.UTF8.GetByteCount(local)} octets long; at most {MaxLocalPartLength} are allowed."));
            return null;
        }

        var domain = ParseDomain(text[(at + 1)..], issues);
        if (domain is null)
        {
            return null;
        }

        var length = Encoding.UTF8.GetByteCount(local) + 1 + domain.Value.Ascii.Length;
        if (length > MaxAddressLength)
        {
            issues.Add(new(EmailIssueCode.AddressTooLong, $"The address is {length} octets long; at most {MaxAddressLength} are allowed."));
            return null;
        }

        if (!Ascii.IsValid(local))
        {
            issues.Add(new(EmailIssueCode.InternationalizedLocalPart, "The local part has non-ASCII characters; only mail servers with SMTPUTF8 (RFC 6531) accept it."));
        }

        return new EmailAddressParts(local, domain.Value.Ascii, domain.Value.Unicode, quoted);
    }

    /// <summary>Returns the index of the quote closing a quoted local part that starts at 0, or -2 when it is not closed.</summary>
    private static int QuotedEnd(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '"')
            {
                return i;
            }
        }

        return -2;
    }

    private static string? CheckQuoted(string local)
    {
        // local = DQUOTE *(qtext / SP / quoted-pair) DQUOTE; qtext is printable ASCII except '"' and '\' (RFC 5322 §3.2.4),
        // extended with non-ASCII characters by RFC 6532.
        if (local.Length < 3)
        {
            return "A quoted local part must not be empty.";
        }

        for (var i = 1; i < local.Length - 1; i++)
        {
            var c = local[i];
            if (c == '\\')
            {
                if (i + 1 >= local.Length - 1 || local[i + 1] is < ' ' or > '~')
                {
                    return "A backslash in a quoted local part must escape a printable character.";
                }

                i++;
            }
            else if (c == '"' || char.IsControl(c) || (c != ' ' && char.IsWhiteSpace(c)))
            {
                return "A quoted local part may hold only printable characters and spaces; quotes must be escaped.";
            }
        }

        return null;
    }

    private static string? CheckDotAtom(string local)
    {
        if (local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal))
        {
            return "The local part must not start or end with a dot or have two dots in a row (quote it if it must).";
        }

        foreach (var c in local)
        {
            var allowed = char.IsAsciiLetterOrDigit(c) || c == '.' || Atext.Contains(c, StringComparison.Ordinal)
                || (c > '\u007f' && char.IsLetterOrDigit(c));
            if (!allowed)
            {
                return char.IsWhiteSpace(c) || c is '<' or '>' or '(' or ')'
                    ? "The address has spaces, angle brackets or parentheses: give the bare address without a display name or comment."
                    : $"The local part has a character ('{c}') that is only allowed inside a quoted local part.";
            }
        }

        return null;
    }

    private static (string Ascii, string Unicode)? ParseDomain(string domain, List<EmailIssue> issues)
    {
        if (domain.Length == 0)
        {
            issues.Add(new(EmailIssueCode.InvalidSyntax, "The domain after '@' is missing."));
            return null;
        }

        if (domain[0] == '[')
        {
            issues.Add(new(EmailIssueCode.DomainLiteral, "Address literals such as [192.0.2.1] are not accepted: the domain must be a host name."));
            return null;
        }

        string ascii;
        try
        {
            ascii = new IdnMapping { UseStd3AsciiRules = true }.GetAscii(domain).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            issues.Add(new(EmailIssueCode.InvalidDomain, $"'{Shorten(domain)}' is not a valid domain name (letters, digits and inner hyphens in dot-separated labels)."));
            return null;
        }

        var problem = CheckHostName(ascii);
        if (problem is not null)
        {
            issues.Add(new(EmailIssueCode.InvalidDomain, $"'{Shorten(domain)}' is not a valid domain name: {problem}"));
            return null;
        }

        string unicode;
        try
        {
            unicode = new IdnMapping().GetUnicode(ascii);
        }
        catch (ArgumentException)
        {
            unicode = ascii;
        }

        return (ascii, unicode);
    }

    private static string? CheckHostName(string ascii)
    {
        if (ascii.Length > MaxDomainLength)
        {
            return $"it is {ascii.Length} characters long in ASCII; at most {MaxDomainLength} are allowed.";
        }

        var labels = ascii.Split('.');
        if (labels.Length < 2)
        {
            return "it needs at least two labels (such as example.com).";
        }

        foreach (var label in labels)
        {
            if (label.Length is 0 or > MaxLabelLength)
            {
                return $"every label must have 1 to {MaxLabelLength} characters.";
            }

            if (label[0] == '-' || label[^1] == '-' || !label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                return "labels hold letters, digits and hyphens, and do not start or end with a hyphen.";
            }
        }

        var tld = labels[^1];
        return tld.Length < 2 || tld.All(char.IsAsciiDigit) ? "the top-level domain must be at least two characters and not all digits." : null;
    }

    private static string Shorten(string value) => value.Length <= 80 ? value : value[..80] + "…";
}
