using System.Security.Cryptography;
using System.Text;
using AutoMeet.Approvals;
using AutoMeet.Compliance;
using NodaTime;

namespace AutoMeet.Meetings;

/// <summary>
/// Signs an approval request's Approve, Decline and Suggest-another-time links and derives its single-use key. The key is a hash of the
/// decoded payload's request id, owner and expiry (not of the token string, and not of the purpose), so the links
/// of one request share it, a re-signed or re-encoded token maps to the same request, and the token itself is never stored.
/// </summary>
internal sealed class ApprovalTokens(ILinkSigner signer)
{
    public string Sign(ApprovalRequest request, ApprovalDecision decision)
    {
        ArgumentNullException.ThrowIfNull(request);
        return signer.Sign(new LinkTokenPayload(Purpose(decision), [request.Id.ToString(), request.OwnerId.Value], request.ExpiresAt));
    }

    public LinkVerification Verify(string? token, ApprovalDecision decision) => signer.Verify(token, Purpose(decision));

    public static string Purpose(ApprovalDecision decision) => decision switch
    {
        ApprovalDecision.Approve => LinkPurposes.ApproveMeeting,
        ApprovalDecision.SuggestAnotherTime => LinkPurposes.SuggestMeetingTime,
        _ => LinkPurposes.DeclineMeeting,
    };

    /// <summary>The key stored as <see cref="ApprovalRequest.TokenHash"/>.</summary>
    public static string Key(Id<ApprovalRequest> requestId, UserId ownerId, Instant expiresAt) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"approval-link/v1\n{requestId}\n{ownerId.Value}\n{expiresAt.ToUnixTimeSeconds()}")));

    /// <summary>The key of a verified payload, or <see langword="null"/> when its subjects are not an approval's.</summary>
    public static string? KeyOf(LinkTokenPayload payload, out Id<ApprovalRequest> requestId)
    {
        requestId = default;
        if (payload.Subjects.Count != 2 || !Guid.TryParse(payload.Subjects[0], out var guid) || string.IsNullOrWhiteSpace(payload.Subjects[1]) || payload.Subjects[1].Length > UserId.MaxLength)
        {
            return null;
        }

        requestId = new Id<ApprovalRequest>(guid);
        return Key(requestId, new UserId(payload.Subjects[1]), payload.ExpiresAt);
    }

    /// <summary>An expiry the token can carry exactly (whole seconds), so the stored key and the link's key agree.</summary>
    public static Instant Expiry(Instant instant) => Instant.FromUnixTimeSeconds(instant.ToUnixTimeSeconds());
}
