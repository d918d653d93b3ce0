using AutoMeet.Storage;

namespace AutoMeet.Campaigns;

/// <summary>
/// Schedules, pauses and resumes campaigns. Scheduling checks that the campaign is ready (a sequence with an e-mail
/// step, a mailbox, a valid schedule); the activation job then starts it when its start instant comes.
/// Pauses and resumes campaigns. While a campaign is paused its planned sends are held (the sender defers them);
/// on resume they are re-planned through the scheduler and the distributor, so they are spread over the sending
/// windows, caps and spacing again instead of going out in one burst.
/// </summary>
public interface ICampaignControl
{
    /// <summary>Schedules a draft campaign: it starts at its schedule's start instant (or at the next activation run when none is set).</summary>
    /// <param name="store">The store of the current scope.</param>
    /// <param name="campaignId">The campaign.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The scheduled campaign.</returns>
    /// <exception cref="KeyNotFoundException">The campaign does not exist.</exception>
    /// <exception cref="InvalidCampaignTransitionException">The campaign is not a draft, or is not ready (the message names what is missing).</exception>
    Task<Campaign> ScheduleAsync(IAutoMeetStore store, Id<Campaign> campaignId, CancellationToken cancellationToken = default);

    /// <summary>Returns a scheduled campaign to draft, so that its sequence, mailbox and schedule can be changed again.</summary>
    /// <param name="store">The store of the current scope.</param>
    /// <param name="campaignId">The campaign.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The draft campaign.</returns>
    /// <exception cref="KeyNotFoundException">The campaign does not exist.</exception>
    /// <exception cref="InvalidCampaignTransitionException">The campaign is not scheduled.</exception>
    Task<Campaign> UnscheduleAsync(IAutoMeetStore store, Id<Campaign> campaignId, CancellationToken cancellationToken = default);

    /// <summary>Pauses an active campaign.</summary>
    /// <param name="store">The store of the current scope.</param>
    /// <param name="campaignId">The campaign.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The paused campaign.</returns>
    /// <exception cref="KeyNotFoundException">The campaign does not exist.</exception>
    /// <exception cref="InvalidCampaignTransitionException">The campaign is not active.</exception>
    Task<Campaign> PauseAsync(IAutoMeetStore store, Id<Campaign> campaignId, CancellationToken cancellationToken = default);

    /// <summary>Resumes a paused campaign and releases its held sends to be re-planned.</summary>
    /// <param name="store">The store of the current scope.</param>
    /// <param name="campaignId">The campaign.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The active campaign and how many planned sends were released for re-planning.</returns>
    /// <exception cref="KeyNotFoundException">The campaign does not exist.</exception>
    /// <exception cref="InvalidCampaignTransitionException">The campaign is not paused, or its schedule has ended.</exception>
    Task<(Campaign Campaign, int Replanned)> ResumeAsync(IAutoMeetStore store, Id<Campaign> campaignId, CancellationToken cancellationToken = default);
}
