using NodaTime;

namespace AutoMeet.Scheduling;

/// <summary>
/// Computes bookable slots from working time, busy time, buffers, notice, horizon and limits, and explains any
/// instant. Pure: the same request always gives the same answer; safe for concurrent use.
/// </summary>
public interface IAvailabilityEngine
{
    /// <summary>Computes the bookable slots.</summary>
    /// <param name="request">The question.</param>
    /// <returns>The slots, by start, with the tzdb version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="AvailabilityValidationException">The question is invalid; the exception names the field and value.</exception>
    AvailabilityResult GetSlots(AvailabilityRequest request);

    /// <summary>Explains why a meeting starting at an instant is or is not bookable.</summary>
    /// <param name="request">The question.</param>
    /// <param name="start">The meeting start to explain.</param>
    /// <returns>The explanation: every reason that blocks it, per participant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="AvailabilityValidationException">The question is invalid.</exception>
    SlotExplanation Explain(AvailabilityRequest request, Instant start);
}
