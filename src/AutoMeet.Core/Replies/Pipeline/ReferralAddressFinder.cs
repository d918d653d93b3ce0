using System.Text.RegularExpressions;

namespace AutoMeet.Replies.Pipeline;

/// <summary>Finds the address a referral points to: the first e-mail address in the reply's own text that is not the sender's or the mailbox's.</summary>
internal static partial class ReferralAddressFinder
{
    public static string? Find(string text, IReadOnlyCollection<string> exclude)
    {
        try
        {
            foreach (Match match in Address().Matches(text))
            {
                var address = match.Value.TrimEnd('.').ToLowerInvariant();
                if (!exclude.Any(e => string.Equals(e, address, StringComparison.OrdinalIgnoreCase)))
                {
                    return address;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Pathological text: no address rather than a stuck pipeline.
        }

        return null;
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex Address();
}
