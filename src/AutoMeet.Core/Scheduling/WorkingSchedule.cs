using AutoMeet.Campaigns;
using NodaTime;

namespace AutoMeet.Scheduling;

/// <summary>
/// Represents a participant's working time: an IANA zone, recurring wall-clock ranges and date overrides. Built once
/// (validated and indexed on construction) and reused for any number of availability questions; immutable and
/// thread-safe.
/// </summary>
public sealed partial class WorkingSchedule
{
    private readonly WorkingRange[][] _everyWeek = new WorkingRange[7][];
    private readonly RecurringHours[] _conditional;
    private readonly Dictionary<LocalDate, WorkingRange[]> _overrides = [];

    /// <summary>Initializes a new instance of the <see cref="WorkingSchedule"/> class.</summary>
    /// <param name="zone">The zone in which the ranges are wall-clock times.</param>
    /// <param name="recurring">The recurring ranges.</param>
    /// <param name="overrides">The date overrides (at most one per date).</param>
    /// <param name="fieldPrefix">The prefix of field names in validation errors (for example <c>host.</c>).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="AvailabilityValidationException">The ranges are invalid: an empty range, a bad recurrence, overlapping ranges, a repeated override date, or no working time at all.</exception>
    public WorkingSchedule(DateTimeZone zone, IReadOnlyList<RecurringHours> recurring, IReadOnlyList<DateOverride>? overrides = null, string fieldPrefix = "host.")
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(recurring);
        ArgumentNullException.ThrowIfNull(fieldPrefix);
        Zone = zone;
        Recurring = recurring;
        Overrides = overrides ?? [];
        FieldPrefix = fieldPrefix;

        Validate();

        var conditional = new List<RecurringHours>();
        var perDay = new List<WorkingRange>[7];
        for (var d = 0; d < 7; d++)
        {
            perDay[d] = [];
        }

        foreach (var rule in recurring)
        {
            if (rule.Kind == AvailabilityRuleKind.Weekly && rule.IntervalWeeks == 1 && rule.AnchorDate is null)
            {
                for (var d = 0; d < 7; d++)
                {
                    if ((rule.Days & (SendingDays)(1 << d)) != 0)
                    {
                        perDay[d].Add(rule.Range);
                    }
                }
            }
            else
            {
                conditional.Add(rule);
            }
        }

        for (var d = 0; d < 7; d++)
        {
            perDay[d].Sort(static (a, b) => a.Start.CompareTo(b.Start));
            _everyWeek[d] = [.. perDay[d]];
        }

        _conditional = [.. conditional];
        foreach (var o in Overrides)
        {
            var ranges = o.Ranges.ToArray();
            Array.Sort(ranges, static (a, b) => a.Start.CompareTo(b.Start));
            _overrides[o.Date] = ranges;
        }

        MaxRangesPerDate = _everyWeek.Max(static r => r.Length) + _conditional.Length;
        foreach (var r in _overrides.Values)
        {
            MaxRangesPerDate = Math.Max(MaxRangesPerDate, r.Length);
        }

        LongestRange = AllRanges().Select(static r => r.WallClockLength).DefaultIfEmpty(Duration.Zero).Max();
    }

    /// <summary>Gets the zone in which the ranges are wall-clock times.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the recurring ranges.</summary>
    public IReadOnlyList<RecurringHours> Recurring { get; }

    /// <summary>Gets the date overrides.</summary>
    public IReadOnlyList<DateOverride> Overrides { get; }

    /// <summary>Gets the wall-clock length of the longest range, recurring or override.</summary>
    public Duration LongestRange { get; }

    /// <summary>Gets the prefix of field names in validation errors.</summary>
    internal string FieldPrefix { get; }

    /// <summary>Gets the most ranges any one date can have.</summary>
    internal int MaxRangesPerDate { get; }

    /// <summary>Returns the ranges of a local date, by start: the override of that date if there is one, otherwise every recurring range that applies.</summary>
    /// <param name="date">The local date.</param>
    /// <param name="buffer">Scratch space of at least <see cref="MaxRangesPerDate"/> items, used when conditional rules apply.</param>
    /// <returns>The ranges (a view of internal storage or of <paramref name="buffer"/>).</returns>
    internal ReadOnlySpan<WorkingRange> GetRanges(LocalDate date, Span<WorkingRange> buffer)
    {
        if (_overrides.Count != 0 && _overrides.TryGetValue(date, out var overridden))
        {
            return overridden;
        }

        var weekly = _everyWeek[(int)date.DayOfWeek - 1];
        if (_conditional.Length == 0)
        {
            return weekly;
        }

        weekly.CopyTo(buffer);
        var n = weekly.Length;
        foreach (var rule in _conditional)
        {
            if (rule.AppliesOn(date))
            {
                // Insertion keeps the ranges ordered by start.
                var i = n++;
                while (i > 0 && buffer[i - 1].Start > rule.Range.Start)
                {
                    buffer[i] = buffer[i - 1];
                    i--;
                }

                buffer[i] = rule.Range;
            }
        }

        return buffer[..n];
    }

    /// <summary>Returns the ranges of a local date as a new list (for explanations and tests).</summary>
    /// <param name="date">The local date.</param>
    /// <returns>The ranges, by start.</returns>
    public IReadOnlyList<WorkingRange> GetRanges(LocalDate date) =>
        GetRanges(date, new WorkingRange[MaxRangesPerDate]).ToArray();

    private IEnumerable<WorkingRange> AllRanges() =>
        Recurring.Select(static r => r.Range).Concat(Overrides.SelectMany(static o => o.Ranges));
}
