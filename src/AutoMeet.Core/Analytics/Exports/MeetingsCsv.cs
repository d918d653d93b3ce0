using AutoMeet.Campaigns;
using AutoMeet.Meetings;
using AutoMeet.Prospects;
using NodaTime;

namespace AutoMeet.Analytics.Exports;

/// <summary>The columns of the meetings export: one row per meeting.</summary>
public static class MeetingsCsv
{
    /// <summary>Gets the header row's column names, in order.</summary>
    public static IReadOnlyList<string> Header { get; } =
    [
        "meeting_id", "title", "prospect_id", "prospect_email", "prospect_name", "status", "start", "end", "time_zone", "conference_url", "campaign_id", "campaign_name",
    ];

    internal static string?[] Row(Meeting m, Prospect? prospect, Campaign campaign, DateTimeZone zone) =>
    [
        m.Id.ToString(),
        CsvCells.Neutralize(m.Title),
        m.ProspectId.ToString(),
        CsvCells.Neutralize(prospect?.Email),
        CsvCells.Neutralize(prospect is null ? null : $"{prospect.FirstName} {prospect.LastName}".Trim()),
        CsvFiles.SnakeCase(m.Status),
        CsvFiles.Time(m.Start, zone),
        CsvFiles.Time(m.End, zone),
        zone.Id,
        CsvCells.Neutralize(m.ConferenceUrl),
        campaign.Id.ToString(),
        CsvCells.Neutralize(campaign.Name),
    ];
}
