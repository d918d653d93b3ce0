using AutoMeet.Campaigns;
using AutoMeet.Prospects;

namespace AutoMeet.Analytics.Exports;

/// <summary>Asks for the per-prospect activity export: every e-mail event of a campaign, of a prospect, or of a prospect in a campaign.</summary>
public sealed record ActivityExportRequest
{
    /// <summary>Gets the campaign; at least one of <see cref="CampaignId"/> and <see cref="ProspectId"/> is required.</summary>
    public Id<Campaign>? CampaignId { get; init; }

    /// <summary>Gets the prospect.</summary>
    public Id<Prospect>? ProspectId { get; init; }

    /// <summary>Gets the IANA zone the times are shown in; the owner's calendar zone (or UTC) when <see langword="null"/>.</summary>
    public string? TimeZoneId { get; init; }
}
