using NodaTime;

namespace AutoMeet.Sequences;

/// <summary>
/// Decides, for each enrollment, its next step and the earliest instant it may run: delays in hours or business
/// days, the prospect's local sending window (DST policy: a wall-clock time in a gap moves forward by the gap, an
/// ambiguous one takes the earlier offset, as in the availability engine), holidays, snoozes, stop conditions and
/// engagement conditions. Pure: no I/O, no clock.
/// </summary>
/// <remarks>Implementations are stateless and thread-safe.</remarks>
public interface ISequencePlanner
{
    /// <summary>Plans a batch of enrollments of one campaign.</summary>
    /// <param name="context">The campaign's planning context.</param>
    /// <param name="enrollments">The enrollments.</param>
    /// <param name="results">Receives one decision per enrollment, at the same index; at least as long as <paramref name="enrollments"/>.</param>
    /// <param name="now">The current instant.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="results"/> is too short.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enrollment's step position is negative.</exception>
    void Plan(PlanningContext context, ReadOnlySpan<PlannerEnrollment> enrollments, Span<PlannedStep> results, Instant now);

    /// <summary>Plans one enrollment and says why its next step is or is not going out.</summary>
    /// <param name="context">The campaign's planning context.</param>
    /// <param name="enrollment">The enrollment.</param>
    /// <param name="now">The current instant.</param>
    /// <returns>The decision and a sentence explaining it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <see langword="null"/>.</exception>
    PlanExplanation Explain(PlanningContext context, in PlannerEnrollment enrollment, Instant now);

    /// <summary>
    /// Computes a pending step's new due instant when its campaign resumes: shifted by the paused duration (never
    /// before the resume), then fitted into the prospect's sending window, so pending steps do not burst on resume.
    /// </summary>
    /// <param name="context">The campaign's planning context.</param>
    /// <param name="enrollment">The enrollment (for its zone and country).</param>
    /// <param name="dueAt">The step's due instant before the pause.</param>
    /// <param name="pausedAt">When the campaign was paused.</param>
    /// <param name="resumedAt">When it resumes; not before <paramref name="pausedAt"/>.</param>
    /// <returns>The new due instant, or <see langword="null"/> when no window opens.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="resumedAt"/> is before <paramref name="pausedAt"/>.</exception>
    Instant? ShiftForResume(PlanningContext context, in PlannerEnrollment enrollment, Instant dueAt, Instant pausedAt, Instant resumedAt);

    /// <summary>Computes the new due instants of a batch of pending steps when their campaign resumes (see the single-enrollment overload).</summary>
    /// <param name="context">The campaign's planning context.</param>
    /// <param name="enrollments">The enrollments (for their zones and countries).</param>
    /// <param name="dueAt">Each enrollment's due instant before the pause, at the same index.</param>
    /// <param name="results">Receives each new due instant (or <see langword="null"/> when no window opens), at the same index.</param>
    /// <param name="pausedAt">When the campaign was paused.</param>
    /// <param name="resumedAt">When it resumes; not before <paramref name="pausedAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The spans differ in length, or <paramref name="resumedAt"/> is before <paramref name="pausedAt"/>.</exception>
    void ShiftForResume(
        PlanningContext context, ReadOnlySpan<PlannerEnrollment> enrollments, ReadOnlySpan<Instant> dueAt, Span<Instant?> results, Instant pausedAt, Instant resumedAt);
}
