namespace AutoMeet.Replies;

/// <summary>Reads the times a prospect offers ("Tue or Wed after 2 my time") into windows.</summary>
/// <remarks>Implementations are thread-safe. Model-backed implementations do I/O: callers that can await should prefer
/// <see cref="ExtractAsync(AvailabilityText, CancellationToken)"/>.</remarks>
public interface IAvailabilityExtractor
{
    /// <summary>Extracts the offered windows from <paramref name="input"/>.</summary>
    /// <param name="input">The text and its time context.</param>
    /// <returns>The windows, or <see cref="AvailabilityKind.None"/> / <see cref="AvailabilityKind.Ambiguous"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    ExtractedAvailability Extract(AvailabilityText input);

    /// <summary>Extracts the offered windows from <paramref name="input"/> without blocking on I/O.</summary>
    /// <param name="input">The text and its time context.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The windows, or <see cref="AvailabilityKind.None"/> / <see cref="AvailabilityKind.Ambiguous"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>The default implementation runs <see cref="Extract(AvailabilityText)"/> synchronously (right for
    /// CPU-only extractors); extractors that call a model override it.</remarks>
    ValueTask<ExtractedAvailability> ExtractAsync(AvailabilityText input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Extract(input));
    }
}
