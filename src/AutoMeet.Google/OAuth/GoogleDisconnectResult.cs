using AutoMeet.Accounts;

namespace AutoMeet.Google.OAuth;

/// <summary>Represents the outcome of disconnecting a Google account.</summary>
/// <param name="AccountId">The account, now <see cref="AccountStatus.Disconnected"/> with its tokens deleted.</param>
/// <param name="Revocation">What Google said about revoking the token.</param>
/// <param name="RevocationError">Why revocation failed (Google's error code or the failure's type), when <see cref="Revocation"/> is <see cref="GoogleRevocation.Failed"/>; never a token.</param>
public sealed record GoogleDisconnectResult(Id<MailboxAccount> AccountId, GoogleRevocation Revocation, string? RevocationError = null);
