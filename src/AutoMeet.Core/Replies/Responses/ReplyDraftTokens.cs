using System.Security.Cryptography;
using System.Text;
using AutoMeet.Compliance;
using NodaTime;

namespace AutoMeet.Replies.Responses;

/// <summary>
/// Signs a draft's Approve and Reject links and derives its single-use key, the way meeting approvals do: the key hashes
/// the draft id, owner and expiry (not the token, not the purpose), so both links share it and the token is never stored.
/// </summary>
internal sealed class ReplyDraftTokens(ILinkSigner signer)
{
    /// <summary>The purpose of the owner's link that approves and sends a draft.</summary>
    public const string ApprovePurpose = "reply-draft-approve";

    /// <summary>The purpose of the owner's link that rejects a draft.</summary>
    public const string RejectPurpose = "reply-draft-reject";

    public string Sign(ReplyDraft draft, ReplyDraftDecision decision) =>
        signer.Sign(new LinkTokenPayload(Purpose(decision), [draft.Id.ToString(), draft.OwnerId.Value], draft.ExpiresAt));

    public LinkVerification Verify(string? token, ReplyDraftDecision decision) => signer.Verify(token, Purpose(decision));

    public static string Purpose(ReplyDraftDecision decision) => decision == ReplyDraftDecision.Approve ? ApprovePurpose : RejectPurpose;

    public static string Key(Id<ReplyDraft> draftId, UserId ownerId, Instant expiresAt) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"reply-draft-link/v1\n{draftId}\n{ownerId.Value}\n{expiresAt.ToUnixTimeSeconds()}")));

    public static string? KeyOf(LinkTokenPayload payload, out Id<ReplyDraft> draftId)
    {
        draftId = default;
        if (payload.Subjects.Count != 2 || !Guid.TryParse(payload.Subjects[0], out var guid) || string.IsNullOrWhiteSpace(payload.Subjects[1]) || payload.Subjects[1].Length > UserId.MaxLength)
        {
            return null;
        }

        draftId = new Id<ReplyDraft>(guid);
        return Key(draftId, new UserId(payload.Subjects[1]), payload.ExpiresAt);
    }

    public static Instant Expiry(Instant instant) => Instant.FromUnixTimeSeconds(instant.ToUnixTimeSeconds());
}
