using Microsoft.Extensions.Logging;

namespace AutoMeet.Campaigns.Variants;

/// <summary>Log messages of variant retirement (event ids 1975–1979).</summary>
internal static partial class VariantRetirementLog
{
    [LoggerMessage(EventId = 1975, Level = LogLevel.Information, Message = "Campaign {CampaignId} retired variant(s) {Variants}; '{Winner}' won on {Measure}.")]
    public static partial void Retired(ILogger logger, Guid campaignId, IReadOnlyList<string> variants, string winner, AutoMeet.Analytics.Comparison.ComparisonMeasure measure);

    [LoggerMessage(EventId = 1976, Level = LogLevel.Debug, Message = "Campaign {CampaignId} keeps its variants: {Reason}")]
    public static partial void Kept(ILogger logger, Guid campaignId, string reason);

    [LoggerMessage(EventId = 1977, Level = LogLevel.Debug, Message = "Campaign {CampaignId} changed while its variant retirement was stored (attempt {Attempt}); deciding again.")]
    public static partial void Conflict(ILogger logger, Guid campaignId, int attempt);

    [LoggerMessage(EventId = 1978, Level = LogLevel.Warning, Message = "Evaluating variant retirement for campaign {CampaignId} failed; the next run tries again.")]
    public static partial void Failed(ILogger logger, Exception exception, Guid campaignId);

    [LoggerMessage(EventId = 1979, Level = LogLevel.Warning, Message = "Variant retirement of campaign {CampaignId} is stored, but its audit entry could not be written.")]
    public static partial void AuditFailed(ILogger logger, Exception exception, Guid campaignId);
}
