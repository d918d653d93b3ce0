using AutoMeet.Campaigns;

namespace AutoMeet.Analytics.Exports;

/// <summary>Asks for the meetings export of a campaign.</summary>
/// <param name="CampaignId">The campaign.</param>
public sealed record MeetingsExportRequest(Id<Campaign> CampaignId)
{
    /// <summary>Gets the IANA zone the times are shown in; the owner's calendar zone (or UTC) when <see langword="null"/>.</summary>
    public string? TimeZoneId { get; init; }
}
