using AutoMeet.Accounts;

namespace AutoMeet.Google.OAuth;

/// <summary>Represents the outcome of disconnecting a Google account.</summary>
/// <param name="AccountId">The account, now <see cref="AccountStatus.Disconnected"/> with its tokens and calendar channel records deleted.</param>
/// <param name="Revocation">What Google said about revoking the token.</param>
/// <param name="RevocationError">Why revocation failed (Google's error code or the failure's type), when <see cref="Revocation"/> is <see cref="GoogleRevocation.Failed"/>; never a token.</param>
public sealed record GoogleDisconnectResult(Id<MailboxAccount> AccountId, GoogleRevocation Revocation, string? RevocationError = null)
{
    /// <summary>Gets how many calendar push channels were stopped (including channels Google had already forgotten).</summary>
    /// <value>The default value is 0.</value>
    public int CalendarChannelsStopped { get; init; }

    /// <summary>
    /// Gets the calendar push channels that could not be stopped (Google unreachable, or refusing): they may keep
    /// notifying the calendar webhook until they expire. Empty when every channel was stopped.
    /// </summary>
    /// <value>The default value is an empty list.</value>
    public IReadOnlyList<GoogleChannelStopFailure> CalendarChannelsNotStopped { get; init; } = [];

    /// <summary>Compares two outcomes by value, including the channels not stopped (in order).</summary>
    /// <param name="other">The other outcome.</param>
    /// <returns>Whether both describe the same outcome.</returns>
    public bool Equals(GoogleDisconnectResult? other) =>
        other is not null
        && AccountId == other.AccountId
        && Revocation == other.Revocation
        && string.Equals(RevocationError, other.RevocationError, StringComparison.Ordinal)
        && CalendarChannelsStopped == other.CalendarChannelsStopped
        && CalendarChannelsNotStopped.SequenceEqual(other.CalendarChannelsNotStopped);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(AccountId, Revocation, RevocationError, CalendarChannelsStopped, CalendarChannelsNotStopped.Count);
}
