using System.Collections.Frozen;
using AutoMeet.Campaigns;
using AutoMeet.Sequences.Internal;
using NodaTime;

namespace AutoMeet.Sequences;

/// <summary>
/// Represents everything the planner needs about one campaign, validated and prepared once: the sequence's steps,
/// the sending window, the fallback zone, the holidays per country and the campaign's end.
/// </summary>
/// <remarks>Immutable and thread-safe; build it once per campaign and reuse it for every batch.</remarks>
public sealed class PlanningContext
{
    private PlanningContext(
        PlannerStep[] steps,
        OutreachSequence sequence,
        SendingWindow window,
        DateTimeZone defaultZone,
        IDateTimeZoneProvider zones,
        FrozenDictionary<string, IReadOnlySet<LocalDate>> holidays,
        Instant? endAt)
    {
        Steps = steps;
        StopOnClick = sequence.StopOnClick;
        StopOnCompanyReply = sequence.StopOnCompanyReply;
        Window = window;
        DefaultZone = defaultZone;
        Zones = zones;
        Holidays = holidays;
        EndAt = endAt;
    }

    /// <summary>Gets the sending window.</summary>
    public SendingWindow Window { get; }

    /// <summary>Gets the zone used for prospects whose zone is unknown (the schedule's zone).</summary>
    public DateTimeZone DefaultZone { get; }

    /// <summary>Gets the instant after which nothing is sent, if any.</summary>
    public Instant? EndAt { get; }

    /// <summary>Gets the number of steps in the sequence.</summary>
    public int StepCount => Steps.Length;

    internal PlannerStep[] Steps { get; }

    internal bool StopOnClick { get; }

    internal bool StopOnCompanyReply { get; }

    internal IDateTimeZoneProvider Zones { get; }

    internal FrozenDictionary<string, IReadOnlySet<LocalDate>> Holidays { get; }

    /// <summary>Validates and prepares a campaign's sequence and schedule for planning.</summary>
    /// <param name="sequence">The sequence; its steps are ordered by position.</param>
    /// <param name="schedule">The campaign's schedule (window, zone, end).</param>
    /// <param name="zones">The zone provider (normally tzdb).</param>
    /// <param name="holidaysByCountry">Holidays to skip, per ISO country code (case-insensitive); <see langword="null"/> skips none.</param>
    /// <returns>The context.</returns>
    /// <exception cref="ArgumentNullException">A required argument is <see langword="null"/>.</exception>
    /// <exception cref="SequenceValidationException">
    /// A step has a negative delay, positions repeat, the sequence has no e-mail step, the window never opens,
    /// or the schedule's zone is unknown.
    /// </exception>
    public static PlanningContext Create(
        OutreachSequence sequence,
        CampaignSchedule schedule,
        IDateTimeZoneProvider zones,
        IReadOnlyDictionary<string, IReadOnlySet<LocalDate>>? holidaysByCountry = null)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(zones);

        var window = SendingWindow.From(schedule);
        if (window.Validate() is { } windowError)
        {
            throw new SequenceValidationException(windowError);
        }

        var zone = zones.GetZoneOrNull(schedule.TimeZoneId)
            ?? throw new SequenceValidationException($"The schedule's time zone '{schedule.TimeZoneId}' is not a known IANA zone.");
        var ordered = sequence.Steps.OrderBy(s => s.Position).ToArray();
        var steps = new PlannerStep[ordered.Length];
        var hasEmail = false;
        for (var i = 0; i < ordered.Length; i++)
        {
            var step = ordered[i];
            if (step.Position != i)
            {
                throw new SequenceValidationException(
                    $"Sequence '{sequence.Name}' has step positions that are not 0..{ordered.Length - 1} (found {step.Position} at index {i}).");
            }

            if (step.DelayAmount < 0)
            {
                throw new SequenceValidationException(
                    $"Step {step.Position} of sequence '{sequence.Name}' has a negative delay ({step.DelayAmount} {step.DelayUnit}).");
            }

            steps[i] = new PlannerStep(step.Kind, step.DelayAmount, step.DelayUnit, step.Condition);
            hasEmail |= steps[i].IsEmail;
        }

        if (!hasEmail)
        {
            throw new SequenceValidationException($"Sequence '{sequence.Name}' has no e-mail step.");
        }

        var holidays = (holidaysByCountry ?? new Dictionary<string, IReadOnlySet<LocalDate>>())
            .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        return new PlanningContext(steps, sequence, window, zone, zones, holidays, schedule.EndAt);
    }
}
