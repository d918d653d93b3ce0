using AutoMeet.Campaigns;
using AutoMeet.Prospects;
using AutoMeet.Storage;

namespace AutoMeet.Sending.Preview;

/// <summary>
/// Renders a campaign's e-mail steps for a chosen prospect or a sample one (preview generator), and checks every
/// step's templates before launch: parse errors with line and column, the variables each needs, and the enrolled
/// prospects missing them.
/// </summary>
public interface ICampaignPreview
{
    /// <summary>Renders every e-mail step of the campaign's sequence.</summary>
    /// <param name="store">The store of the current scope.</param>
    /// <param name="campaignId">The campaign.</param>
    /// <param name="prospectId">The prospect to render for, or <see langword="null"/> for a sample prospect.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>One preview per e-mail step, in order.</returns>
    /// <exception cref="KeyNotFoundException">The campaign, its sequence or the prospect does not exist.</exception>
    Task<IReadOnlyList<StepPreview>> PreviewAsync(IAutoMeetStore store, Id<Campaign> campaignId, Id<Prospect>? prospectId = null, CancellationToken cancellationToken = default);

    /// <summary>Checks every e-mail step's templates against the campaign's enrolled prospects.</summary>
    /// <param name="store">The store of the current scope.</param>
    /// <param name="campaignId">The campaign.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>One check per e-mail step, in order.</returns>
    /// <exception cref="KeyNotFoundException">The campaign or its sequence does not exist.</exception>
    Task<IReadOnlyList<StepTemplateCheck>> CheckTemplatesAsync(IAutoMeetStore store, Id<Campaign> campaignId, CancellationToken cancellationToken = default);
}
