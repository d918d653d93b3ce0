using System.Text.RegularExpressions;
using AutoMeet.Accounts;
using AutoMeet.Messaging;

namespace AutoMeet.Replies.Pipeline;

/// <summary>
/// Finds the tracked thread of an inbound e-mail: by the provider's thread id, then by the Message-IDs it answers
/// (In-Reply-To, then References newest first), and for delivery-failure reports by the Message-IDs quoted in the report.
/// </summary>
internal static partial class ReplyThreadLocator
{
    private const int MaxReferences = 20;
    private const int MaxQuotedIds = 10;

    public static async Task<EmailThread?> FindAsync(
        IEmailThreadStore threads, Id<MailboxAccount> accountId, InboundEmail email, bool mayBeReport, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(email.ProviderThreadId)
            && await threads.FindByProviderThreadIdAsync(accountId, email.ProviderThreadId, cancellationToken).ConfigureAwait(false) is { } byThread)
        {
            return byThread;
        }

        var candidates = new List<string>();
        Add(candidates, email.InReplyTo);
        for (var i = email.References.Count - 1; i >= 0 && candidates.Count < MaxReferences; i--)
        {
            Add(candidates, email.References[i]);
        }

        if (mayBeReport)
        {
            try
            {
                foreach (Match match in QuotedMessageId().Matches(email.TextBody))
                {
                    if (candidates.Count >= MaxReferences + MaxQuotedIds)
                    {
                        break;
                    }

                    Add(candidates, match.Groups[1].Value);
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // Pathological report text: rely on the headers only.
            }
        }

        foreach (var id in candidates)
        {
            if (await threads.FindByMessageIdAsync(accountId, id, cancellationToken).ConfigureAwait(false) is { } byMessage)
            {
                return byMessage;
            }
        }

        return null;
    }

    /// <summary>A Message-ID without surrounding spaces or angle brackets.</summary>
    public static string Normalize(string id) => id.Trim().TrimStart('<').TrimEnd('>').Trim();

    private static void Add(List<string> candidates, string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return;
        }

        var normalized = Normalize(id);
        if (normalized.Length > 0 && !candidates.Contains(normalized, StringComparer.Ordinal))
        {
            candidates.Add(normalized);
        }
    }

    [GeneratedRegex(@"Message-ID:\s*<([^<>\s]{1,250}@[^<>\s]{1,250})>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex QuotedMessageId();
}
