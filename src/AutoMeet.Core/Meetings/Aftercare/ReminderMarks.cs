using System.Globalization;
using NodaTime;

namespace AutoMeet.Meetings.Aftercare;

/// <summary>
/// Names one reminder of one meeting occurrence: <c>{offset seconds}@{start Unix seconds}</c>, the entry kept in
/// <see cref="Meeting.RemindersSent"/> and the work item's key suffix. Also packs the pair into the e-mail reference
/// (start × 1,000,000 + offset; offsets are at most 7 days, well below a million seconds).
/// </summary>
internal readonly record struct ReminderMarks(long OffsetSeconds, long StartSeconds)
{
    private const long Factor = 1_000_000;

    public Instant Start => Instant.FromUnixTimeSeconds(StartSeconds);

    public Duration Offset => Duration.FromSeconds(OffsetSeconds);

    public Instant Moment => Start - Offset;

    public string Mark => string.Create(CultureInfo.InvariantCulture, $"{OffsetSeconds}@{StartSeconds}");

    public long Reference => (StartSeconds * Factor) + OffsetSeconds;

    public static ReminderMarks Of(TimeSpan offset, Instant start) => new((long)offset.TotalSeconds, start.ToUnixTimeSeconds());

    public static ReminderMarks FromReference(long reference) => new(reference % Factor, reference / Factor);

    public static bool TryParse(string? mark, out ReminderMarks marks)
    {
        marks = default;
        var at = mark?.IndexOf('@', StringComparison.Ordinal) ?? -1;
        if (at <= 0
            || !long.TryParse(mark.AsSpan(0, at), NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
            || !long.TryParse(mark.AsSpan(at + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var start)
            || offset <= 0 || offset >= Factor)
        {
            return false;
        }

        marks = new ReminderMarks(offset, start);
        return true;
    }

    public bool IsSentFor(Meeting meeting) => meeting.RemindersSent.Contains(Mark, StringComparer.Ordinal);
}
