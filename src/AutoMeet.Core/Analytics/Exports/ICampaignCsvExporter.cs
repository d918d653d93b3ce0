using AutoMeet.Campaigns;

namespace AutoMeet.Analytics.Exports;

/// <summary>
/// Prepares the CSV reports: the campaign summary (<see cref="CampaignSummaryCsv"/>), the per-prospect activity (one row
/// per e-mail event) and the meetings. Each method validates the question and returns a <see cref="CsvExport"/> that
/// streams the file when written; an export without rows is a valid file with its header. Text cells that a spreadsheet
/// would run as a formula are prefixed with <c>'</c>; times are ISO 8601 with the offset, in the requested zone.
/// </summary>
/// <remarks>Thread-safe: each call and each write opens its own store scope.</remarks>
public interface ICampaignCsvExporter
{
    /// <summary>Prepares the campaign summary export.</summary>
    /// <param name="campaignId">The campaign.</param>
    /// <param name="grouping">One row per campaign, step or variant.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The export.</returns>
    /// <exception cref="AnalyticsValidationException">The campaign is unknown (field <c>campaignId</c>) or the grouping is not defined or is <see cref="MetricsGrouping.Mailbox"/> (field <c>grouping</c>).</exception>
    Task<CsvExport> SummaryAsync(Id<Campaign> campaignId, MetricsGrouping grouping = MetricsGrouping.Campaign, CancellationToken cancellationToken = default);

    /// <summary>Prepares the per-prospect activity export (columns: <see cref="ActivityCsv.Header"/>), oldest event first.</summary>
    /// <param name="request">The campaign and/or prospect, and the zone.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The export.</returns>
    /// <exception cref="AnalyticsValidationException">Neither a campaign nor a prospect is given, one is unknown (<c>campaignId</c>, <c>prospectId</c>), or the zone is unknown (<c>timeZoneId</c>).</exception>
    Task<CsvExport> ActivityAsync(ActivityExportRequest request, CancellationToken cancellationToken = default);

    /// <summary>Prepares the meetings export of a campaign (columns: <see cref="MeetingsCsv.Header"/>), by start.</summary>
    /// <param name="request">The campaign and the zone.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The export.</returns>
    /// <exception cref="AnalyticsValidationException">The campaign is unknown (<c>campaignId</c>) or the zone is unknown (<c>timeZoneId</c>).</exception>
    Task<CsvExport> MeetingsAsync(MeetingsExportRequest request, CancellationToken cancellationToken = default);
}
