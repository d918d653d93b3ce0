using AutoMeet.Campaigns.Enrolling;
using AutoMeet.Prospects;
using AutoMeet.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AutoMeet.Replies.Responses;

/// <summary>
/// After the owner approves a referral draft: adds the referred address as a prospect of the owner, linked to the
/// referrer (custom fields <see cref="ReferredByField"/> and <see cref="ReferredByNameField"/>), and enrolls it in the
/// referrer's campaign through <see cref="IEnrollmentService"/> (which skips suppressed, invalid or already enrolled
/// addresses). Idempotent: an existing prospect is reused and enrolling twice enrolls once. Never runs before approval.
/// </summary>
internal sealed class ReferralEnroller
{
    /// <summary>The custom field holding the referrer's prospect id.</summary>
    public const string ReferredByField = "referred_by";

    /// <summary>The custom field holding the referrer's name.</summary>
    public const string ReferredByNameField = "referred_by_name";

    private readonly DraftUnits _units;
    private readonly IEnrollmentService _enrollments;
    private readonly ILogger _logger;

    public ReferralEnroller(DraftUnits units, IEnrollmentService enrollments, ILoggerFactory? loggerFactory = null)
    {
        _units = units;
        _enrollments = enrollments;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<ReferralEnroller>();
    }

    /// <summary>Adds and enrolls the referred person of an approved draft; returns the prospect, or <see langword="null"/> when there is nothing to do.</summary>
    public async Task<Prospect?> EnrollAsync(Id<ReplyDraft> draftId, CancellationToken cancellationToken)
    {
        var prospect = await _units.RunAsync((store, token) => AddProspectAsync(store, draftId, token), cancellationToken).ConfigureAwait(false);
        if (prospect is null)
        {
            return null;
        }

        var (referred, campaignId) = prospect.Value;
        var enrolled = 0;
        if (campaignId is { } campaign)
        {
            var result = await _units.ReadAsync(store => _enrollments.EnrollAsync(store, new EnrollmentRequest(campaign, [referred.Id]), null, cancellationToken)).ConfigureAwait(false);
            enrolled = result.Enrolled;
        }

        ResponsesLog.ReferralEnrolled(_logger, draftId.Value, referred.Id.Value, enrolled);
        return referred;
    }

    private static async Task<(Prospect Prospect, Id<Campaigns.Campaign>? CampaignId)?> AddProspectAsync(IAutoMeetStore store, Id<ReplyDraft> draftId, CancellationToken cancellationToken)
    {
        var draft = await store.ReplyDrafts.FindAsync(draftId, cancellationToken).ConfigureAwait(false);
        if (draft is not { Status: ReplyDraftStatus.Approved or ReplyDraftStatus.Sent, ReferredEmail: { } address })
        {
            return null;
        }

        if (await store.Prospects.FindByEmailAsync(draft.OwnerId, address, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return (existing, draft.CampaignId);
        }

        var referrer = await store.Prospects.FindAsync(draft.ProspectId, cancellationToken).ConfigureAwait(false);
        var sameCompany = referrer is not null && string.Equals(Domain(referrer.Email), Domain(address), StringComparison.OrdinalIgnoreCase);
        var prospect = new Prospect
        {
            OwnerId = draft.OwnerId,
            Email = address.Trim().ToLowerInvariant(),
            Company = sameCompany ? referrer!.Company : string.Empty,
            TimeZoneId = sameCompany ? referrer!.TimeZoneId : null,
            CountryCode = sameCompany ? referrer!.CountryCode : null,
        };
        prospect.CustomFields[ReferredByField] = draft.ProspectId.ToString();
        if (referrer is not null)
        {
            prospect.CustomFields[ReferredByNameField] = $"{referrer.FirstName} {referrer.LastName}".Trim();
        }

        await store.Prospects.AddAsync(prospect, cancellationToken).ConfigureAwait(false);
        return (prospect, draft.CampaignId);
    }

    private static string Domain(string email)
    {
        var at = email.LastIndexOf('@');
        return at < 0 ? string.Empty : email[(at + 1)..];
    }
}
