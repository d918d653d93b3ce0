using AutoMeet.Accounts;
using AutoMeet.Google.OAuth;
using AutoMeet.Storage;

namespace AutoMeet.Google.Jobs;

/// <summary>Pages through the Google accounts the jobs work on, and reads what their grants allow.</summary>
internal static class GoogleAccounts
{
    private static readonly string[] CalendarEventScopes =
    [
        GoogleScopes.Prefix + "calendar",
        GoogleScopes.CalendarEvents,
        GoogleScopes.Prefix + "calendar.events.readonly",
        GoogleScopes.Prefix + "calendar.readonly",
    ];

    /// <summary>Lists the connected and paused (sending paused, still reading) Google accounts, oldest first.</summary>
    public static async IAsyncEnumerable<MailboxAccount> ListActiveAsync(IMailboxAccountStore accounts, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var status in new[] { AccountStatus.Connected, AccountStatus.Paused })
        {
            for (var skip = 0; ; skip += PageRequest.MaxTake)
            {
                var page = await accounts.ListByStatusAsync(status, new PageRequest(skip, PageRequest.MaxTake), cancellationToken).ConfigureAwait(false);
                foreach (var account in page.Where(a => a.Provider == MailProvider.Google))
                {
                    yield return account;
                }

                if (page.Count < PageRequest.MaxTake)
                {
                    break;
                }
            }
        }
    }

    /// <summary>Whether the grant lets <c>users.watch</c> run (it needs a read scope; <c>gmail.send</c> alone cannot watch).</summary>
    public static bool CanWatchMail(MailboxAccount account) => GoogleScopes.Granted(account.Scopes).HasFlag(GoogleFeatures.ReadReplies);

    /// <summary>Whether the grant lets <c>events.watch</c> and <c>events.list</c> run (free/busy alone cannot).</summary>
    public static bool CanWatchCalendar(MailboxAccount account)
    {
        var granted = (account.Scopes ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return granted.Any(s => CalendarEventScopes.Contains(s, StringComparer.Ordinal));
    }
}
