using AutoMeet.Messaging;
using AutoMeet.Prospects;
using NodaTime;

namespace AutoMeet.Analytics.Exports;

/// <summary>The columns of the per-prospect activity export: one row per e-mail event.</summary>
public static class ActivityCsv
{
    /// <summary>Gets the header row's column names, in order.</summary>
    public static IReadOnlyList<string> Header { get; } =
    [
        "occurred_at", "time_zone", "campaign_id", "prospect_id", "prospect_email", "prospect_name", "step", "variant", "kind", "detail", "event_id",
    ];

    internal static string?[] Row(EmailEvent e, Prospect? prospect, DateTimeZone zone) =>
    [
        CsvFiles.Time(e.OccurredAt, zone),
        zone.Id,
        e.CampaignId?.ToString(),
        e.ProspectId?.ToString(),
        CsvCells.Neutralize(prospect?.Email),
        CsvCells.Neutralize(prospect is null ? null : $"{prospect.FirstName} {prospect.LastName}".Trim()),
        CsvFiles.Number(e.StepPosition),
        CsvCells.Neutralize(e.Variant),
        CsvFiles.SnakeCase(e.Kind),
        CsvCells.Neutralize(e.Detail),
        e.Id.ToString(),
    ];
}
