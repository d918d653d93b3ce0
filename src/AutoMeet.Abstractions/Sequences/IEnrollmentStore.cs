using AutoMeet.Campaigns;
using AutoMeet.Prospects;
using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Sequences;

/// <summary>Stores enrollments; a prospect is enrolled in a campaign at most once.</summary>
public interface IEnrollmentStore : IEntityStore<Enrollment>
{
    /// <summary>Finds a prospect's enrollment in a campaign.</summary>
    /// <param name="campaignId">The campaign.</param>
    /// <param name="prospectId">The prospect.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The enrollment, or <see langword="null"/>.</returns>
    Task<Enrollment?> FindAsync(Id<Campaign> campaignId, Id<Prospect> prospectId, CancellationToken cancellationToken = default);

    /// <summary>Lists a campaign's enrollments, oldest first.</summary>
    /// <param name="campaignId">The campaign.</param>
    /// <param name="page">The page.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The enrollments of the page.</returns>
    Task<IReadOnlyList<Enrollment>> ListByCampaignAsync(Id<Campaign> campaignId, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Lists every enrollment of a prospect, across campaigns.</summary>
    /// <param name="prospectId">The prospect.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The enrollments.</returns>
    Task<IReadOnlyList<Enrollment>> ListByProspectAsync(Id<Prospect> prospectId, CancellationToken cancellationToken = default);

    /// <summary>Lists active enrollments whose next step is due at or before <paramref name="dueBy"/>, earliest first.</summary>
    /// <param name="dueBy">The instant.</param>
    /// <param name="maxItems">How many at most (1 to <see cref="PageRequest.MaxTake"/>).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The due enrollments.</returns>
    Task<IReadOnlyList<Enrollment>> ListDueAsync(Instant dueBy, int maxItems, CancellationToken cancellationToken = default);
}
