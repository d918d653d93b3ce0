using AutoMeet.Campaigns;
using NodaTime;

namespace AutoMeet.Sample.Web.Contracts;

/// <summary>A campaign as the API returns it.</summary>
public sealed record CampaignResponse(Guid Id, string Name, string? Description, CampaignStatus Status, Instant CreatedAt, Instant UpdatedAt, long Version)
{
    public static CampaignResponse From(Campaign c) => new(c.Id.Value, c.Name, c.Description, c.Status, c.CreatedAt, c.UpdatedAt, c.Version);
}
