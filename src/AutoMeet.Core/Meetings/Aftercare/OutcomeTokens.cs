using System.Globalization;
using AutoMeet.Compliance;
using NodaTime;

namespace AutoMeet.Meetings.Aftercare;

/// <summary>
/// Signs and reads the owner's post-meeting links. Subjects: the meeting id, the owner id and the meeting's start (Unix
/// seconds), so a link only works for the occurrence it was sent for; the expiry is when the owner was asked plus
/// <see cref="MeetingAftercareOptions.OutcomeLinkLifetime"/> (whole seconds), so every retry of the e-mail signs the same links.
/// Single use comes from the meeting itself: once marked, its status is final. The token is never stored.
/// </summary>
internal sealed class OutcomeTokens(ILinkSigner signer)
{
    public const string HeldPurpose = "meeting-held";
    public const string NoShowPurpose = "meeting-no-show";

    public string Sign(Meeting meeting, MeetingOutcomeDecision decision, Instant expiresAt)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return signer.Sign(new LinkTokenPayload(
            Purpose(decision),
            [meeting.Id.ToString(), meeting.OwnerId.Value, meeting.Start.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)],
            Instant.FromUnixTimeSeconds(expiresAt.ToUnixTimeSeconds())));
    }

    /// <summary>Verifies a token for either purpose; <paramref name="decision"/> is the one it was signed for.</summary>
    public LinkVerification Verify(string? token, out MeetingOutcomeDecision decision)
    {
        decision = MeetingOutcomeDecision.Completed;
        var verification = signer.Verify(token, HeldPurpose);
        if (verification.Status == LinkVerificationStatus.WrongPurpose)
        {
            decision = MeetingOutcomeDecision.NoShow;
            verification = signer.Verify(token, NoShowPurpose);
        }

        return verification;
    }

    public LinkVerification Verify(string? token, MeetingOutcomeDecision decision) => signer.Verify(token, Purpose(decision));

    /// <summary>Reads the subjects of a verified payload; <see langword="false"/> when they are not a meeting outcome's.</summary>
    public static bool TryRead(LinkTokenPayload payload, out Id<Meeting> meetingId, out UserId ownerId, out Instant start)
    {
        ArgumentNullException.ThrowIfNull(payload);
        meetingId = default;
        ownerId = default;
        start = default;
        if (payload.Subjects.Count != 3
            || !Guid.TryParse(payload.Subjects[0], out var guid)
            || string.IsNullOrWhiteSpace(payload.Subjects[1]) || payload.Subjects[1].Length > UserId.MaxLength
            || !long.TryParse(payload.Subjects[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        meetingId = new Id<Meeting>(guid);
        ownerId = new UserId(payload.Subjects[1]);
        start = Instant.FromUnixTimeSeconds(seconds);
        return true;
    }

    private static string Purpose(MeetingOutcomeDecision decision) => decision == MeetingOutcomeDecision.NoShow ? NoShowPurpose : HeldPurpose;
}
