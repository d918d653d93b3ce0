using AutoMeet.Enrichment.Emails;

namespace AutoMeet.Prospects;

/// <summary>
/// Checks the syntax of a prospect's address with the same RFC 5321/5322 parser as the e-mail validator
/// (<see cref="EmailAddressParser"/>: dot-atom or quoted local part, IDN host names, length limits), so an address the
/// validator accepts is never refused at import, and the other way round.
/// </summary>
internal static class EmailSyntax
{
    /// <summary>Whether <paramref name="address"/> (already trimmed) is a bare addr-spec.</summary>
    /// <param name="address">The address.</param>
    /// <param name="reason">Why it is not, naming what is wrong; <see langword="null"/> when it is valid.</param>
    /// <returns><see langword="true"/> when the address is valid.</returns>
    public static bool IsValid(string address, out string? reason)
    {
        if (address.Length > Prospect.MaxEmailLength)
        {
            reason = $"at most {Prospect.MaxEmailLength} characters are allowed.";
            return false;
        }

        var issues = new List<EmailIssue>(1);
        if (EmailAddressParser.Parse(address, issues) is null)
        {
            reason = issues.Count > 0 ? issues[0].Message : "it is not an address.";
            return false;
        }

        reason = null;
        return true;
    }
}
