using System.Globalization;
using NodaTime;

namespace AutoMeet.Meetings.Aftercare;

/// <summary>
/// Names one reminder of one meeting occurrence: <c>{offset seconds}@{start Unix seconds}v{move version}</c>, the entry
/// kept in <see cref="Meeting.RemindersSent"/> and the work item's key suffix. The move version (how many times the
/// meeting moved, see <see cref="Changes.MeetingChangeVersion"/>) makes a meeting moved away and back to a start it was
/// already reminded of get fresh reminders, like the updates that announced both moves. Also packs the triple into the
/// e-mail reference: start × 10⁹ + version × 10⁶ + offset (offsets are at most 7 days, well below a million seconds;
/// versions above 999 count as 999).
/// </summary>
/// <remarks>
/// Marks and references written before versions existed (<c>{offset}@{start}</c>; start × 10⁶ + offset) stay readable:
/// their <see cref="Version"/> is <see langword="null"/>, and such a stored mark counts as sent for every version at its
/// start, so no reminder recorded the old way is ever sent twice.
/// </remarks>
internal readonly record struct ReminderMarks(long OffsetSeconds, long StartSeconds, int? Version)
{
    /// <summary>The highest version packed; later moves share it.</summary>
    public const int MaxVersion = 999;

    private const long OffsetFactor = 1_000_000;
    private const long StartFactor = 1_000_000_000;

    /// <summary>Unversioned references (start × 10⁶ for starts before the year 5138) are below this; versioned ones above (starts after 1973).</summary>
    private const long VersionedFloor = 100_000_000_000_000_000;

    public Instant Start => Instant.FromUnixTimeSeconds(StartSeconds);

    public Duration Offset => Duration.FromSeconds(OffsetSeconds);

    public Instant Moment => Start - Offset;

    public string Mark => Version is { } version
        ? string.Create(CultureInfo.InvariantCulture, $"{OffsetSeconds}@{StartSeconds}v{version}")
        : LegacyMark;

    /// <summary>The e-mail reference (see the class summary).</summary>
    /// <exception cref="InvalidOperationException">The marks have no version (only read from old data, never written).</exception>
    public long Reference => Version is { } version
        ? (StartSeconds * StartFactor) + (version * OffsetFactor) + OffsetSeconds
        : throw new InvalidOperationException("Unversioned reminder marks are only read, never packed again.");

    private string LegacyMark => string.Create(CultureInfo.InvariantCulture, $"{OffsetSeconds}@{StartSeconds}");

    /// <summary>The marks of a reminder <paramref name="offset"/> before <paramref name="start"/>, for the meeting's current move version.</summary>
    public static ReminderMarks Of(TimeSpan offset, Instant start, int version) =>
        new((long)offset.TotalSeconds, start.ToUnixTimeSeconds(), VersionOf(version));

    /// <summary>The version marks carry for a meeting that moved <paramref name="moves"/> times (at most <see cref="MaxVersion"/>).</summary>
    public static int VersionOf(int moves) => Math.Clamp(moves, 0, MaxVersion);

    public static ReminderMarks FromReference(long reference) => reference >= VersionedFloor
        ? new(reference % OffsetFactor, reference / StartFactor, (int)(reference / OffsetFactor % (StartFactor / OffsetFactor)))
        : new(reference % OffsetFactor, reference / OffsetFactor, null);

    public static bool TryParse(string? mark, out ReminderMarks marks)
    {
        marks = default;
        var at = mark?.IndexOf('@', StringComparison.Ordinal) ?? -1;
        if (at <= 0 || !long.TryParse(mark.AsSpan(0, at), NumberStyles.None, CultureInfo.InvariantCulture, out var offset) || offset <= 0 || offset >= OffsetFactor)
        {
            return false;
        }

        var rest = mark.AsSpan(at + 1);
        var v = rest.IndexOf('v');
        int? version = null;
        if (v >= 0)
        {
            if (!int.TryParse(rest[(v + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed > MaxVersion)
            {
                return false;
            }

            version = parsed;
            rest = rest[..v];
        }

        if (!long.TryParse(rest, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var start))
        {
            return false;
        }

        marks = new ReminderMarks(offset, start, version);
        return true;
    }

    /// <summary>Whether this reminder is recorded as sent: its own mark, or an unversioned mark of the same offset and start.</summary>
    public bool IsSentFor(Meeting meeting)
    {
        var own = Mark;
        var legacy = LegacyMark;
        return meeting.RemindersSent.Any(m => string.Equals(m, own, StringComparison.Ordinal) || string.Equals(m, legacy, StringComparison.Ordinal));
    }
}
