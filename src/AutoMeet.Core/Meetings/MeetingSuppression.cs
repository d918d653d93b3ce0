using AutoMeet.Compliance;
using AutoMeet.Storage;

namespace AutoMeet.Meetings;

/// <summary>
/// The suppression check of the meeting e-mails, inside the caller's unit of work: the same match as
/// <see cref="ISuppressionService.IsSuppressedAsync"/> (address, domain, or erased-address hash), through the store.
/// </summary>
internal static class MeetingSuppression
{
    /// <summary>Tells whether the owner may not mail the address; a malformed address counts as not mailable.</summary>
    public static async Task<bool> IsSuppressedAsync(IAutoMeetStore store, UserId ownerId, string? emailAddress, CancellationToken cancellationToken)
    {
        string address;
        try
        {
            address = SuppressionAddresses.NormalizeAddress(emailAddress ?? string.Empty, nameof(emailAddress));
        }
        catch (ArgumentException)
        {
            return true;
        }

        var match = await store.Suppressions.FindMatchAsync(ownerId, address, SuppressionAddresses.Hash(ownerId, address), cancellationToken).ConfigureAwait(false);
        return match is not null;
    }
}
