using AutoMeet.Accounts;

namespace AutoMeet.Google.OAuth;

/// <summary>Represents the outcome of a completed Google consent.</summary>
/// <param name="AccountId">The connected (created or updated) mailbox account.</param>
/// <param name="Requested">The features the consent asked for.</param>
/// <param name="Granted">The features whose scopes the user granted (users may untick scopes), including earlier grants.</param>
public sealed record GoogleConnectResult(Id<MailboxAccount> AccountId, GoogleFeatures Requested, GoogleFeatures Granted)
{
    /// <summary>Gets the requested features the user did not grant.</summary>
    public GoogleFeatures Missing => Requested & ~Granted;
}
