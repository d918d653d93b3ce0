using AutoMeet.Storage;

namespace AutoMeet.Campaigns;

/// <summary>Stores campaigns. Deleting a campaign deletes its schedule, its enrollments and its e-mail events.</summary>
public interface ICampaignStore : IEntityStore<Campaign>
{
    /// <summary>Lists an owner's campaigns, oldest first.</summary>
    /// <param name="ownerId">The owner.</param>
    /// <param name="page">The page.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The campaigns of the page.</returns>
    Task<IReadOnlyList<Campaign>> ListByOwnerAsync(UserId ownerId, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Lists campaigns in a status across all owners, oldest first (for jobs such as activation).</summary>
    /// <param name="status">The status.</param>
    /// <param name="page">The page.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The campaigns of the page.</returns>
    Task<IReadOnlyList<Campaign>> ListByStatusAsync(CampaignStatus status, PageRequest page, CancellationToken cancellationToken = default);
}
