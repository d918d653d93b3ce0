using System.Globalization;
using NodaTime;

namespace AutoMeet.Analytics.Forecasting;

/// <summary>
/// Finds the best send hour per prospect segment from observed replies; pure. Sends are bucketed by the prospect's
/// local hour; each hour with at least <c>minimumSendsPerHour</c> sends gets a Wilson interval, and the best hour is
/// the one whose lower bound is highest (so an hour with 1 reply out of 2 sends does not beat a well-measured one).
/// A segment with fewer than two qualifying hours, or without replies, is reported as too thin, with no best hour.
/// </summary>
public static class SendHourAnalyzer
{
    /// <summary>Finds each segment's best hour.</summary>
    /// <param name="observations">The sends.</param>
    /// <param name="minimumSendsPerHour">The sends an hour needs to qualify.</param>
    /// <param name="confidenceLevel">The confidence level of the intervals.</param>
    /// <param name="zones">The zone provider; TZDB when <see langword="null"/>.</param>
    /// <returns>One result per segment, ordered by segment name.</returns>
    /// <exception cref="AnalyticsValidationException">A zone is unknown (field <c>timeZoneId</c>) or a setting is out of range.</exception>
    public static IReadOnlyList<SegmentSendHour> BestHours(IEnumerable<SendObservation> observations, int minimumSendsPerHour = 30, double confidenceLevel = 0.95, IDateTimeZoneProvider? zones = null)
    {
        ArgumentNullException.ThrowIfNull(observations);
        if (minimumSendsPerHour < 1)
        {
            throw new AnalyticsValidationException("minimumSendsPerHour", minimumSendsPerHour.ToString(CultureInfo.InvariantCulture), "The minimum must be at least 1.");
        }

        if (!(confidenceLevel > 0 && confidenceLevel < 1))
        {
            throw new AnalyticsValidationException("confidenceLevel", confidenceLevel.ToString(CultureInfo.InvariantCulture), "The confidence level must be between 0 and 1 (exclusive).");
        }

        zones ??= DateTimeZoneProviders.Tzdb;
        var z = Statistics.NormalQuantile(1 - ((1 - confidenceLevel) / 2));
        var cells = new SortedDictionary<string, (long Sent, long Replied)[]>(StringComparer.Ordinal);
        foreach (var o in observations)
        {
            ArgumentNullException.ThrowIfNull(o, nameof(observations));
            var zone = (string.IsNullOrWhiteSpace(o.TimeZoneId) ? null : zones.GetZoneOrNull(o.TimeZoneId))
                ?? throw new AnalyticsValidationException("timeZoneId", o.TimeZoneId, "The time zone is not a known IANA zone id.");
            var segment = o.Segment ?? string.Empty;
            if (!cells.TryGetValue(segment, out var hours))
            {
                hours = new (long, long)[24];
                cells.Add(segment, hours);
            }

            var hour = o.SentAt.InZone(zone).Hour;
            hours[hour] = (hours[hour].Sent + 1, hours[hour].Replied + (o.Replied ? 1 : 0));
        }

        return [.. cells.Select(c => Best(c.Key, c.Value, minimumSendsPerHour, z))];
    }

    private static SegmentSendHour Best(string segment, (long Sent, long Replied)[] hours, int minimum, double z)
    {
        var estimates = new List<HourEstimate>();
        for (var hour = 0; hour < 24; hour++)
        {
            var (sent, replied) = hours[hour];
            if (sent > 0)
            {
                var (low, high) = Statistics.Wilson(replied, sent, z);
                estimates.Add(new HourEstimate(hour, sent, replied, (double)replied / sent, low, high));
            }
        }

        var qualifying = estimates.Where(e => e.Sent >= minimum).ToList();
        var totalSent = estimates.Sum(e => e.Sent);
        var totalReplied = estimates.Sum(e => e.Replied);
        if (totalReplied == 0)
        {
            return new(segment, null, estimates, true, $"Data is too thin: {Text(totalSent)} sends and no replies yet.");
        }

        if (qualifying.Count < 2)
        {
            return new(segment, null, estimates, true, $"Data is too thin: {qualifying.Count} hour(s) have at least {Text(minimum)} sends; at least two are needed to compare.");
        }

        var best = qualifying.OrderByDescending(e => e.Lower).ThenByDescending(e => e.Rate).ThenBy(e => e.Hour).First();
        var explanation = string.Create(
            CultureInfo.InvariantCulture,
            $"{best.Hour:00}:00 local: {best.Replied} replies from {best.Sent} sends ({best.Rate:P1}, interval {best.Lower:P1}–{best.Upper:P1}), the highest lower bound of {qualifying.Count} hours with at least {minimum} sends.");
        return new(segment, best.Hour, estimates, false, explanation);
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
