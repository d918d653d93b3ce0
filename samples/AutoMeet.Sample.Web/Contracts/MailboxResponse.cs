using AutoMeet.Accounts;

namespace AutoMeet.Sample.Web.Contracts;

/// <summary>A mailbox as the API returns it (never its tokens).</summary>
/// <param name="Id">The account's id.</param>
/// <param name="Provider">Its provider.</param>
/// <param name="EmailAddress">Its address.</param>
/// <param name="DisplayName">Its sender name.</param>
/// <param name="Status">Whether it is connected.</param>
/// <param name="DailySendLimit">Its daily send limit.</param>
internal sealed record MailboxResponse(Guid Id, MailProvider Provider, string EmailAddress, string? DisplayName, AccountStatus Status, int DailySendLimit)
{
    /// <summary>Maps an account.</summary>
    /// <param name="a">The account.</param>
    /// <returns>The response.</returns>
    public static MailboxResponse From(MailboxAccount a) => new(a.Id.Value, a.Provider, a.EmailAddress, a.DisplayName, a.Status, a.DailySendLimit);
}
